package org.lvzhi.adapter.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpMethod;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the build generates and finishes (served as /openapi.yml, published as docs/openapi.yml) is
 * one a client can be generated from: it says what the router serves, nothing internal, every problem answer.
 */
@MicronautTest
class OpenApiDocumentTest {

    private static final String GENERATED = "META-INF/swagger/openapi.yml";
    private static final Path PUBLISHED = Path.of("../../docs/openapi.yml");
    private static final Path WRITTEN_BY_HAND = Path.of("src/main/openapi");

    private final String text = generated();
    private final SwaggerParseResult parsed = OpenApiFinisher.parse(text);
    private final OpenAPI api = parsed.getOpenAPI();

    @Inject
    Router router;

    @Test
    @DisplayName("the document parses without a message and keeps every rule of the lint")
    void parsesAndKeepsTheLint() {
        assertThat(api).isNotNull();
        assertThat(parsed.getMessages()).isNullOrEmpty();
        assertThat(OpenApiLint.check(text)).isEmpty();
    }

    @Test
    @DisplayName("a POST says every problem it can answer, takes an Idempotency-Key and tells a replay")
    void postAnswers() {
        Operation register = api.getPaths().get("/api/v1/deputies").getPost();
        assertThat(register.getResponses()).containsKeys("400", "401", "403", "409", "415", "422", "429", "503");
        assertThat(register.getParameters()).filteredOn(OpenApiFinisher::isIdempotencyKey).hasSize(1);
        assertThat(register.getResponses().get("201").getHeaders())
                .containsKeys("Idempotent-Replayed", "RateLimit-Limit", "RateLimit-Remaining");
    }

    @Test
    @DisplayName("the profile's versions travel as ETag and If-Match, with 412 and 428 for a stale or missing one")
    void versionsAsETags() {
        Operation save = api.getPaths().get("/api/v1/policy-profile").getPut();
        assertThat(save.getParameters()).extracting(Parameter::getName).contains("If-Match");
        assertThat(save.getResponses()).containsKeys("201", "412", "428");
        assertThat(save.getResponses().get("201").getHeaders()).containsKey("ETag");
    }

    @Test
    @DisplayName("operations are named after what they do and to what (a generated client's method names)")
    void operationsNamed() {
        List<String> names = operations().values().stream().map(Operation::getOperationId).toList();

        assertThat(names).contains("listTerm", "registerDeputy", "createToken");
    }

    @Test
    @DisplayName("an enumerated code is described with its Chinese name")
    void enumsLabelled() {
        assertThat(api.getComponents().getSchemas().get("Level").getDescription()).contains("`COUNTY`：县级");
    }

    @Test
    @DisplayName("a bearer token is asked of every operation but the ones the document opens")
    void bearerTokenByDefault() {
        assertThat(api.getSecurity()).containsExactly(new SecurityRequirement().addList("bearer"));
        assertThat(api.getComponents().getSecuritySchemes().get("bearer").getBearerFormat()).isEqualTo("JWT");
        assertThat(api.getPaths().get("/api/v1/auth/token").getPost().getSecurity()).isEmpty();
    }

    @Test
    @DisplayName("nothing the server binds itself (the acting caller) is asked of the client")
    void noInternalArgument() throws IOException {
        List<String> callers = new ArrayList<>();
        OpenApiLint.walk(Yaml.mapper().readTree(text), (name, value) -> {
            if (name.equals("caller") || name.equals("name") && value.asText().equals("caller")
                    || name.equals("ActingCaller")) {
                callers.add(name);
            }
        });
        assertThat(callers).isEmpty();
    }

    @Test
    @DisplayName("spreadsheets and PDFs are declared as binary")
    void filesAreBinary() {
        Operation template = api.getPaths().get("/api/v1/imports/templates/deputies.xlsx").getGet();
        assertThat(template.getResponses().get("200").getContent()
                .get("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").getSchema().getFormat())
                .isEqualTo("binary");
    }

    @Test
    @DisplayName("the document names every route of the router and no other (besides those written by hand for other adapters)")
    void documentIsTheRouter() throws IOException {
        Set<String> routes = router.uriRoutes()
                .filter(route -> route.getUriMatchTemplate().toPathString().startsWith("/api/"))
                .filter(route -> route.getHttpMethod() != HttpMethod.HEAD) // the router's own, for every GET
                .map(route -> route.getHttpMethod() + " " + pathOf(route.getUriMatchTemplate().toPathString()))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> documented = new TreeSet<>(operations().keySet());
        documented.removeAll(writtenByHand());

        assertThat(documented).isEqualTo(routes);
    }

    @Test
    @DisplayName("docs/openapi.yml is the document the build generates")
    void publishedIsGenerated() throws IOException {
        assertThat(Files.readString(PUBLISHED))
                .as("docs/openapi.yml is stale: cp adapters/web/target/classes/%s docs/openapi.yml", GENERATED)
                .isEqualTo(text);
    }

    /** Path variables as OpenAPI writes them: {@code {id}}, without Micronaut's pattern or modifiers. */
    private static String pathOf(String template) {
        return template.replaceAll("\\{[+#./;]?([^}:*]+)[^}]*}", "{$1}");
    }

    private Map<String, Operation> operations() {
        return operationsOf(api);
    }

    private static Map<String, Operation> operationsOf(OpenAPI document) {
        return document.getPaths().entrySet().stream()
                .flatMap(path -> path.getValue().readOperationsMap().entrySet().stream()
                        .map(operation -> Map.entry(name(operation.getKey(), path.getKey()), operation.getValue())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static String name(PathItem.HttpMethod method, String path) {
        return method.name() + " " + path;
    }

    private static Set<String> writtenByHand() throws IOException {
        try (Stream<Path> files = Files.list(WRITTEN_BY_HAND)) {
            return files.map(file -> new OpenAPIV3Parser().read(file.toString()))
                    .filter(document -> document.getPaths() != null)
                    .flatMap(document -> operationsOf(document).keySet().stream())
                    .collect(Collectors.toSet());
        }
    }

    private static String generated() {
        try (InputStream in = OpenApiDocumentTest.class.getClassLoader().getResourceAsStream(GENERATED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
