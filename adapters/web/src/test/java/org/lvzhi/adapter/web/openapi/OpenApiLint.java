package org.lvzhi.adapter.web.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Yaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rules the published OpenAPI document keeps so that a client generated from it works and an integrator can read
 * it; each finding names its rule and where the document breaks it. Read over the document as written (a {@code $ref}
 * is followed, never inlined), so a dangling reference is a finding rather than a parser's message.
 */
final class OpenApiLint {

    record Finding(String rule, String where) {
    }

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final Pattern FILE_PATH = Pattern.compile("\\.(xlsx|pdf|csv)$");
    private static final String PROBLEM = "application/problem+json";
    private static final String MULTIPART = "multipart/form-data";

    private final JsonNode document;
    private final List<Finding> findings = new ArrayList<>();

    private OpenApiLint(JsonNode document) {
        this.document = document;
    }

    static List<Finding> check(String text) {
        OpenApiLint lint = new OpenApiLint(read(text));
        lint.references();
        lint.enumsLabelled();
        lint.examples(lint.document);
        Set<String> operationIds = new HashSet<>();
        lint.document.path("paths").properties().forEach(path -> path.getValue().properties().stream()
                .filter(method -> METHODS.contains(method.getKey()))
                .forEach(method -> lint.operation(path.getKey(), method.getKey(), method.getValue(), operationIds)));
        return List.copyOf(lint.findings);
    }

    private void operation(String path, String method, JsonNode operation, Set<String> operationIds) {
        String where = method.toUpperCase() + " " + path;
        String operationId = operation.path("operationId").asText("");
        require(!operationId.isBlank(), "operation-id", where);
        require(operationId.isBlank() || operationIds.add(operationId), "operation-id-unique", where + " " + operationId);
        require(!operation.path("tags").isEmpty(), "operation-tags", where);
        require(!operation.path("summary").asText("").isBlank(), "operation-summary", where);
        require(whole(operation.path("summary").asText("")), "operation-summary-whole", where);
        pathParameters(path, operation, where);
        answers(path, operation.path("responses"), where);
        uploads(operation.path("requestBody"), where);
    }

    /**
     * A summary is cut where the javadoc's first sentence ends at a dot: inside a parenthesis (a rule id, QH-11.2) or in
     * an inline tag ({@code .pdf}).
     */
    private static boolean whole(String summary) {
        return !summary.contains("@") && summary.chars().filter(c -> c == '(').count() == summary.chars().filter(c -> c == ')').count();
    }

    /** Every variable of the path is declared as a path parameter, and no path parameter names anything else. */
    private void pathParameters(String path, JsonNode operation, String where) {
        Set<String> inPath = new HashSet<>();
        Matcher variables = PATH_PARAMETER.matcher(path);
        while (variables.find()) {
            inPath.add(variables.group(1));
        }
        Set<String> declared = new HashSet<>();
        operation.path("parameters").forEach(parameter -> {
            JsonNode resolved = resolve(parameter);
            if ("path".equals(resolved.path("in").asText())) {
                declared.add(resolved.path("name").asText());
            }
        });
        inPath.stream().filter(name -> !declared.contains(name))
                .forEach(name -> findings.add(new Finding("path-parameter-declared", where + " " + name)));
        declared.stream().filter(name -> !inPath.contains(name))
                .forEach(name -> findings.add(new Finding("path-parameter-unknown", where + " " + name)));
    }

    private void answers(String path, JsonNode responses, String where) {
        require(responses.propertyStream().anyMatch(answer -> answer.getKey().startsWith("4")), "operation-4xx", where);
        Set<String> served = new HashSet<>();
        responses.properties().forEach(answer -> {
            String status = answer.getKey();
            JsonNode content = resolve(answer.getValue()).path("content");
            if (status.startsWith("4") || status.startsWith("5")) {
                require(content.size() == 1 && content.has(PROBLEM), "problem-body", where + " " + status);
            } else {
                content.properties().forEach(media -> {
                    served.add(media.getKey());
                    require(!isFile(media.getKey()) || isBinary(resolve(media.getValue().path("schema"))),
                            "download-binary", where + " " + media.getKey());
                });
            }
        });
        require(!FILE_PATH.matcher(path).find() || served.stream().anyMatch(OpenApiLint::isFile), "download-binary", where);
    }

    /** A body that carries a file is sent as multipart/form-data. */
    private void uploads(JsonNode requestBody, String where) {
        resolve(requestBody).path("content").properties().forEach(media -> {
            JsonNode schema = resolve(media.getValue().path("schema"));
            boolean carriesFile = isBinary(schema)
                    || schema.path("properties").propertyStream().anyMatch(property -> isBinary(resolve(property.getValue())));
            require(!carriesFile || MULTIPART.equals(media.getKey()), "upload-multipart", where + " " + media.getKey());
        });
    }

    private void references() {
        walk(document, (name, value) -> {
            if (name.equals("$ref")) {
                String reference = value.asText();
                require(reference.startsWith("#/") && !document.at(reference.substring(1)).isMissingNode(),
                        "ref-resolves", reference);
            }
        });
    }

    /** A code is shown to integrators with the Chinese name users see: "`RESIGNED`：已辞职". */
    private void enumsLabelled() {
        document.path("components").path("schemas").properties().forEach(schema -> {
            JsonNode values = schema.getValue().path("enum");
            String description = schema.getValue().path("description").asText("");
            values.forEach(value -> require(
                    Pattern.compile(Pattern.quote("`" + value.asText() + "`：") + "\\p{IsHan}").matcher(description).find(),
                    "enum-labels", schema.getKey() + " " + value.asText()));
        });
    }

    /**
     * Every example of a body shows the properties of its schema: all it requires, none it does not name, null only where
     * the schema allows it.
     */
    private void examples(JsonNode node) {
        if (node.has("schema") && node.has("examples")) {
            node.get("examples").properties().forEach(example ->
                    conforms(resolve(example.getValue()).path("value"), resolve(node.get("schema")), example.getKey()));
        }
        node.elements().forEachRemaining(this::examples);
    }

    private void conforms(JsonNode value, JsonNode schema, String where) {
        if (value.isArray()) {
            value.forEach(item -> conforms(item, resolve(schema.path("items")), where + "/0"));
        }
        if (!value.isObject() || !schema.has("properties")) {
            return;
        }
        JsonNode properties = schema.get("properties");
        value.properties().forEach(field -> {
            JsonNode property = properties.path(field.getKey());
            require(!property.isMissingNode(), "example-matches-schema", where + "/" + field.getKey());
            // a generated client refuses null where the schema does not allow it: a null shown must be declared
            require(property.isMissingNode() || !field.getValue().isNull() || property.path("nullable").asBoolean(),
                    "example-nullable", where + "/" + field.getKey());
            conforms(field.getValue(), resolve(property), where + "/" + field.getKey());
        });
        schema.path("required").forEach(required ->
                require(value.has(required.asText()), "example-matches-schema", where + "/" + required.asText()));
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode resolved = node;
        while (resolved.has("$ref")) {
            resolved = document.at(resolved.get("$ref").asText().substring(1));
        }
        return resolved;
    }

    private void require(boolean kept, String rule, String where) {
        if (!kept) {
            findings.add(new Finding(rule, where));
        }
    }

    static boolean isFile(String mediaType) {
        return Stream.of("application/vnd.", "application/pdf", "application/octet-stream", "text/csv")
                .anyMatch(mediaType::startsWith);
    }

    private static boolean isBinary(JsonNode schema) {
        return "string".equals(schema.path("type").asText()) && "binary".equals(schema.path("format").asText());
    }

    /** Visits every field of the tree, at any depth, with its name. */
    static void walk(JsonNode node, BiConsumer<String, JsonNode> visit) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                visit.accept(field.getKey(), field.getValue());
                walk(field.getValue(), visit);
            });
        } else {
            node.elements().forEachRemaining(element -> walk(element, visit));
        }
    }

    private static JsonNode read(String text) {
        try {
            return Yaml.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
