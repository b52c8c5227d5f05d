package org.lvzhi.adapter.web.openapi;

import io.micronaut.http.MediaType;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Completes the document micronaut-openapi generates from the controllers with what the web adapter does to every
 * route and no controller says: the problem answers of the security rules, the filters and the exception handlers
 * (their bodies are in {@code src/main/openapi/problems.yml}), the {@code Idempotency-Key} of every POST, the headers
 * filters add, files declared as binary, the Chinese names of enumerated codes and the examples of the main bodies.
 * The build runs it over {@code target/classes/META-INF/swagger/openapi.yml} before the tests
 * and the jar see it (adapters/web/pom.xml).
 */
public final class OpenApiFinisher {

    private static final String RESPONSES = "#/components/responses/";
    private static final String IDEMPOTENCY_KEY = "#/components/parameters/IdempotencyKey";

    private OpenApiFinisher() {
    }

    public static void main(String[] args) throws IOException {
        Path document = Path.of(args[0]);
        OpenAPI api = parse(Files.readString(document)).getOpenAPI();
        finish(api);
        Files.writeString(document, Yaml.pretty(api));
    }

    /** The document as written: references stay references. */
    static SwaggerParseResult parse(String document) {
        ParseOptions asWritten = new ParseOptions();
        asWritten.setResolve(false);
        return new OpenAPIV3Parser().readContents(document, null, asWritten);
    }

    static void finish(OpenAPI api) {
        EnumLabels.describe(api);
        Examples.attach(api);
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            nameByTag(operation);
            declareDefaultsOptional(operation);
            declareFilesBinary(operation);
            declareUploadsMultipart(operation);
            // as IdempotencyFilter takes it: imports recognise a repeated file by its rows instead
            boolean idempotent = method == PathItem.HttpMethod.POST && signedIn(operation) && !path.startsWith("/api/v1/imports");
            if (idempotent) {
                takeIdempotencyKey(operation);
            }
            ResponseHeaders.declare(operation, signedIn(operation), idempotent);
            answer(operation, problemsOf(path, method, operation));
        }));
    }

    /** The answers the route can give besides its own, by what it takes and how it is reached. */
    private static Stream<Answer> problemsOf(String path, PathItem.HttpMethod method, Operation operation) {
        boolean signedIn = signedIn(operation);
        boolean hasInput = operation.getRequestBody() != null || !parameters(operation).isEmpty();
        boolean writes = method != PathItem.HttpMethod.GET;
        boolean versioned = parameters(operation).stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
        return Stream.of(
                        hasInput ? Answer.BAD_REQUEST : null,
                        signedIn ? Answer.UNAUTHORIZED : null,
                        signedIn ? Answer.FORBIDDEN : null,
                        path.contains("{") ? Answer.NOT_FOUND : null,
                        writes && signedIn ? Answer.CONFLICT : null,
                        versioned ? Answer.PRECONDITION_FAILED : null,
                        operation.getRequestBody() != null ? Answer.UNSUPPORTED_MEDIA_TYPE : null,
                        hasInput || writes ? Answer.UNPROCESSABLE_ENTITY : null,
                        versioned ? Answer.PRECONDITION_REQUIRED : null,
                        signedIn ? Answer.TOO_MANY_REQUESTS : null,
                        Answer.SERVICE_UNAVAILABLE)
                .filter(Objects::nonNull);
    }

    private static void answer(Operation operation, Stream<Answer> problems) {
        ApiResponses responses = operation.getResponses();
        problems.forEach(problem -> responses.computeIfAbsent(problem.status,
                status -> new ApiResponse().$ref(RESPONSES + problem.component)));
    }

    /** Once: the build finishes a document the compiler left as it was as well as a new one. */
    private static void takeIdempotencyKey(Operation operation) {
        if (parameters(operation).stream().noneMatch(OpenApiFinisher::isIdempotencyKey)) {
            operation.addParametersItem(new Parameter().$ref(IDEMPOTENCY_KEY));
        }
    }

    static boolean isIdempotencyKey(Parameter parameter) {
        return IDEMPOTENCY_KEY.equals(parameter.get$ref());
    }

    /**
     * micronaut-openapi names an operation after its method, numbered where controllers share a name ({@code list_14});
     * the controller's tag tells them apart for a generated client ({@code listTerm}).
     */
    private static void nameByTag(Operation operation) {
        if (operation.getTags() == null || operation.getOperationId() == null) {
            return;
        }
        String method = operation.getOperationId().replaceFirst("_\\d+$", "");
        String tag = operation.getTags().getFirst();
        if (!method.endsWith(tag)) {
            operation.setOperationId(method + tag);
        }
    }

    /** micronaut-openapi marks a query value with a default as required; a client may leave it out. */
    private static void declareDefaultsOptional(Operation operation) {
        parameters(operation).stream()
                .filter(parameter -> parameter.getSchema() != null && parameter.getSchema().getDefault() != null)
                .forEach(parameter -> parameter.setRequired(null));
    }

    /**
     * An answer of {@code byte[]} or of any type is generated as base64 text or as an object, whatever it is sent as: a
     * spreadsheet or a PDF is its bytes, an HTML page text.
     */
    private static void declareFilesBinary(Operation operation) {
        operation.getResponses().values().stream()
                .map(ApiResponse::getContent)
                .filter(Objects::nonNull)
                .flatMap(content -> content.entrySet().stream())
                .forEach(media -> {
                    if (isFile(media.getKey())) {
                        media.getValue().setSchema(new StringSchema().format("binary"));
                    } else if (media.getKey().startsWith(MediaType.TEXT_HTML)) {
                        media.getValue().setSchema(new StringSchema());
                    }
                });
    }

    /**
     * An import also consumes JSON only to refuse it naming the missing file (400 at {@code /file}) rather than with a
     * bare 415: a client sends the file as multipart/form-data and nothing else.
     */
    private static void declareUploadsMultipart(Operation operation) {
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().containsKey(MediaType.MULTIPART_FORM_DATA)) {
            operation.getRequestBody().getContent().keySet().removeIf(media -> !media.equals(MediaType.MULTIPART_FORM_DATA));
        }
    }

    private static boolean isFile(String mediaType) {
        return mediaType.startsWith("application/") && !mediaType.contains("json") && !mediaType.contains("yaml");
    }

    /** Every route needs a token unless the document opens it ({@code security: []}). */
    private static boolean signedIn(Operation operation) {
        return operation.getSecurity() == null || !operation.getSecurity().isEmpty();
    }

    private static List<Parameter> parameters(Operation operation) {
        return operation.getParameters() == null ? List.of() : operation.getParameters();
    }

    private enum Answer {
        BAD_REQUEST("400", "BadRequest"),
        UNAUTHORIZED("401", "Unauthorized"),
        FORBIDDEN("403", "Forbidden"),
        NOT_FOUND("404", "NotFound"),
        CONFLICT("409", "Conflict"),
        PRECONDITION_FAILED("412", "PreconditionFailed"),
        UNSUPPORTED_MEDIA_TYPE("415", "UnsupportedMediaType"),
        UNPROCESSABLE_ENTITY("422", "UnprocessableEntity"),
        PRECONDITION_REQUIRED("428", "PreconditionRequired"),
        TOO_MANY_REQUESTS("429", "TooManyRequests"),
        SERVICE_UNAVAILABLE("503", "ServiceUnavailable");

        private final String status;
        private final String component;

        Answer(String status, String component) {
            this.status = status;
            this.component = component;
        }
    }
}
