package org.lvzhi.adapter.web.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Shows the examples of {@code src/main/openapi/examples.yml}, each named after a schema, on every request and answer
 * of that schema, problem answers included.
 */
final class Examples {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final String EXAMPLES = "#/components/examples/";

    private Examples() {
    }

    static void attach(OpenAPI api) {
        Map<String, Example> examples = api.getComponents().getExamples();
        if (examples == null) {
            return;
        }
        Stream<Content> operations = api.getPaths().values().stream()
                .flatMap(item -> item.readOperations().stream())
                .flatMap(operation -> Stream.concat(
                        Stream.ofNullable(operation.getRequestBody()).map(body -> body.getContent()),
                        operation.getResponses().values().stream().map(ApiResponse::getContent)));
        Stream<Content> problems = api.getComponents().getResponses().values().stream().map(ApiResponse::getContent);
        Stream.concat(operations, problems)
                .filter(Objects::nonNull)
                .flatMap(content -> content.values().stream())
                .filter(media -> media.getSchema() != null && media.getSchema().get$ref() != null)
                .forEach(media -> {
                    String schema = media.getSchema().get$ref().substring(SCHEMAS.length());
                    if (examples.containsKey(schema)) {
                        media.setExamples(Map.of(schema, new Example().$ref(EXAMPLES + schema)));
                    }
                });
    }
}
