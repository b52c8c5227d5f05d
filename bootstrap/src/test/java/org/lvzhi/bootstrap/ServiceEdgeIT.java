package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Input that used to reach the database or the wrong handler, refused at the edge with a clear problem. */
@MicronautTest(transactional = false)
class ServiceEdgeIT extends ApiTest {

    private static final String NUL = "\u0000";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"delegations", "deputy-groups", "liaison-stations", "handling-units", "work-committees"})
    @DisplayName("a U+0000 in a unit's name or address is refused with 422 on that field, and no unit is created")
    void controlCharacterInAUnit(String collection) {
        String liaison = api.token("qinghai-liaison");
        long before = total("/api/v1/" + collection, liaison);

        var inName = api.post("/api/v1/" + collection, liaison, Map.of("name", "城东" + NUL + "站"));
        var inAddress = api.post("/api/v1/" + collection, liaison, Map.of("name", "城东站", "address", "西宁" + NUL));

        assertThat(inName.status()).as(inName.toString()).isEqualTo(422);
        assertThat(inName.pointers()).containsExactly("/name");
        assertThat(inName.toString()).doesNotContain("SQL", "0x00", "ERROR:");
        assertThat(inAddress.status()).isEqualTo(422);
        assertThat(inAddress.pointers()).containsExactly("/address");
        assertThat(total("/api/v1/" + collection, liaison)).isEqualTo(before);
    }

    @Test
    @DisplayName("a control character deep in a body is named by its JSON Pointer")
    void controlCharacterInANestedField() {
        String liaison = api.token("qinghai-liaison");

        var response = api.post("/api/v1/deputies", liaison, Map.of("name", "张三", "contact", Map.of("address", "西宁\u0007市")));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.pointers()).containsExactly("/contact/address");
    }

    @Test
    @DisplayName("a U+0000 or an overlong search term in q is refused with 422 on /q")
    void controlCharacterInASearch() {
        String liaison = api.token("qinghai-liaison");

        var withNul = api.get("/api/v1/deputies?q=%E5%BC%A0%00", liaison);
        var overlong = api.get("/api/v1/deputies?q=" + "a".repeat(201), liaison);

        assertThat(withNul.status()).as(withNul.toString()).isEqualTo(422);
        assertThat(withNul.pointers()).containsExactly("/q");
        assertThat(overlong.pointers()).containsExactly("/q");
        assertThat(api.get("/api/v1/deputies?q=" + "a".repeat(200), liaison).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("a text over 20000 characters is refused with both lengths, one at the bound is not refused for its length")
    void overlongText() {
        String liaison = api.token("qinghai-liaison");

        var response = api.post("/api/v1/delegations", liaison, Map.of("name", "代表团", "address", "长".repeat(20_001)));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.list("errors")).extracting(e -> e.get("pointer"), e -> e.get("message"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/address", "不能超过 20000 个字符（当前 20001 个）"));
    }

    @Test
    @DisplayName("an XML body is refused with 415, not 403, and nothing is created")
    void xmlIsUnsupported() {
        String liaison = api.token("qinghai-liaison");
        long before = total("/api/v1/delegations", liaison);

        var response = api.send("POST", "/api/v1/delegations", liaison, null, "<unit><name>城东</name></unit>",
                Map.of("Content-Type", "application/xml"));

        assertThat(response.status()).as(response.toString()).isEqualTo(415);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(total("/api/v1/delegations", liaison)).isEqualTo(before);
    }

    @Test
    @DisplayName("founding a congress that exists answers 409 in Chinese and leaves the existing one as it was")
    void duplicateCongress() {
        String admin = api.token("platform-admin");
        Map<String, Object> before = congress(admin, "qinghai");

        var response = api.post("/api/v1/congresses", admin, Map.of("id", "qinghai", "name", "重名人大", "level", "PROVINCE"));

        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.text("detail")).isEqualTo("平台上已有标识为“qinghai”的人大");
        assertThat(congress(admin, "qinghai")).isEqualTo(before);
    }

    private long total(String path, String token) {
        return ((Number) api.get(path, token).json().get("total")).longValue();
    }

    private Map<String, Object> congress(String token, String id) {
        return api.get("/api/v1/congresses?size=200", token).list("items").stream()
                .filter(c -> id.equals(c.get("id"))).findFirst().orElseThrow();
    }
}
