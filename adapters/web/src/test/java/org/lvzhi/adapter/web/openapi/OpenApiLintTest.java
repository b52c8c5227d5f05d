package org.lvzhi.adapter.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Yaml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.web.openapi.OpenApiLint.Finding;

/** Each rule of the lint, shown to hold on a sound document and to fail on one broken on purpose. */
class OpenApiLintTest {

    private static final String SHOW = "/paths/~1things~1{id}/get";
    private static final String PRINT = "/paths/~1things~1{id}.pdf/get";
    private static final String IMPORT = "/paths/~1imports~1things/post";

    @Test
    @DisplayName("a sound document has no finding")
    void soundDocument() {
        assertThat(OpenApiLint.check(sound().toString())).isEmpty();
    }

    @Test
    @DisplayName("an operation without an operationId, a summary or tags is a finding each")
    void operationNamedAndTagged() {
        assertThat(rulesBrokenBy(document -> ((ObjectNode) document.at(SHOW)).remove("operationId")))
                .containsExactly(new Finding("operation-id", "GET /things/{id}"));
        assertThat(rulesBrokenBy(document -> ((ObjectNode) document.at(SHOW)).remove("summary")))
                .containsExactly(new Finding("operation-summary", "GET /things/{id}"));
        assertThat(rulesBrokenBy(document -> ((ObjectNode) document.at(SHOW)).put("summary", "The thing's summary (QH-11.")))
                .containsExactly(new Finding("operation-summary-whole", "GET /things/{id}"));
        assertThat(rulesBrokenBy(document -> ((ObjectNode) document.at(SHOW)).put("summary", "The thing as JSON; @code .")))
                .containsExactly(new Finding("operation-summary-whole", "GET /things/{id}"));
        assertThat(rulesBrokenBy(document -> ((ObjectNode) document.at(SHOW)).putArray("tags")))
                .containsExactly(new Finding("operation-tags", "GET /things/{id}"));
    }

    @Test
    @DisplayName("two operations of one name are a finding")
    void operationIdOnce() {
        assertThat(rulesBrokenBy(document -> ((ObjectNode) document.at(PRINT)).put("operationId", "showThing")))
                .extracting(Finding::rule).containsExactly("operation-id-unique");
    }

    @Test
    @DisplayName("an operation that names no 4xx answer is a finding")
    void fourHundredAnswer() {
        assertThat(rulesBrokenBy(document -> ((ObjectNode) document.at(SHOW + "/responses")).remove("404")))
                .containsExactly(new Finding("operation-4xx", "GET /things/{id}"));
    }

    @Test
    @DisplayName("an error answer without a problem+json body is a finding")
    void problemBody() {
        assertThat(rulesBrokenBy(document -> ((ObjectNode) document.at(SHOW + "/responses"))
                .putObject("503").put("description", "down")))
                .containsExactly(new Finding("problem-body", "GET /things/{id} 503"));
    }

    @Test
    @DisplayName("a path variable not declared, or a path parameter the path does not have, is a finding")
    void pathParameters() {
        assertThat(rulesBrokenBy(document -> ((ObjectNode) document.at(SHOW)).remove("parameters")))
                .containsExactly(new Finding("path-parameter-declared", "GET /things/{id} id"));
        assertThat(rulesBrokenBy(document -> ((ObjectNode) document.at(SHOW + "/parameters/0")).put("name", "key")))
                .containsExactlyInAnyOrder(new Finding("path-parameter-declared", "GET /things/{id} id"),
                        new Finding("path-parameter-unknown", "GET /things/{id} key"));
    }

    @Test
    @DisplayName("a $ref that leads nowhere is a finding")
    void referencesResolve() {
        assertThat(rulesBrokenBy(document -> ((ObjectNode) document.at("/components/schemas")).remove("State")))
                .containsExactly(new Finding("ref-resolves", "#/components/schemas/State"));
    }

    @Test
    @DisplayName("a download not declared as binary, or a .pdf route answering no file, is a finding")
    void downloadsBinary() {
        assertThat(rulesBrokenBy(document -> ((ObjectNode) document.at(PRINT + "/responses/200/content/application~1pdf/schema"))
                .remove("format")))
                .containsExactly(new Finding("download-binary", "GET /things/{id}.pdf application/pdf"));
        assertThat(rulesBrokenBy(document -> ((ObjectNode) document.at(PRINT + "/responses/200/content"))
                .set("application/json", ((ObjectNode) document.at(PRINT + "/responses/200/content")).remove("application/pdf"))))
                .containsExactly(new Finding("download-binary", "GET /things/{id}.pdf"));
    }

    @Test
    @DisplayName("a file sent other than as multipart/form-data is a finding")
    void uploadsMultipart() {
        ObjectNode content = (ObjectNode) sound().at(IMPORT + "/requestBody/content");
        assertThat(rulesBrokenBy(document -> ((ObjectNode) document.at(IMPORT + "/requestBody/content"))
                .set("application/json", content.get("multipart/form-data"))))
                .containsExactly(new Finding("upload-multipart", "POST /imports/things application/json"));
    }

    @Test
    @DisplayName("an enumerated code without its Chinese name is a finding")
    void enumsLabelled() {
        assertThat(rulesBrokenBy(document -> ((ArrayNode) document.at("/components/schemas/State/enum")).add("SUSPENDED")))
                .containsExactly(new Finding("enum-labels", "State SUSPENDED"));
        assertThat(rulesBrokenBy(document -> ((ObjectNode) document.at("/components/schemas/State"))
                .put("description", "`ACTIVE`：ACTIVE\n`RESIGNED`：已辞职")))
                .containsExactly(new Finding("enum-labels", "State ACTIVE"));
    }

    @Test
    @DisplayName("an example with a property its schema does not name, or without one it requires, is a finding")
    void examplesMatchTheirSchema() {
        assertThat(rulesBrokenBy(document -> ((ObjectNode) document.at("/components/examples/Thing/value")).put("colour", "红")))
                .containsExactly(new Finding("example-matches-schema", "Thing/colour"));
        assertThat(rulesBrokenBy(document -> ((ObjectNode) document.at("/components/examples/Thing/value")).remove("state")))
                .containsExactly(new Finding("example-matches-schema", "Thing/state"));
    }

    @Test
    @DisplayName("an example's null where the schema does not declare the property nullable is a finding")
    void examplesNullOnlyWhereNullable() {
        assertThat(rulesBrokenBy(document -> ((ObjectNode) document.at("/components/examples/Thing/value")).putNull("state")))
                .containsExactly(new Finding("example-nullable", "Thing/state"));
        assertThat(rulesBrokenBy(document -> ((ObjectNode) document.at("/components/schemas/Thing/properties/note")).remove("nullable")))
                .containsExactly(new Finding("example-nullable", "Thing/note"));
    }

    private static List<Finding> rulesBrokenBy(Consumer<JsonNode> breaking) {
        JsonNode document = sound();
        breaking.accept(document);
        return OpenApiLint.check(document.toString());
    }

    private static JsonNode sound() {
        try (InputStream in = OpenApiLintTest.class.getResourceAsStream("/openapi/lint-sound.yml")) {
            return Yaml.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
