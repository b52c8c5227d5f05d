package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class InputValidationIT extends ApiTest {

    @Test
    @DisplayName("malformed JSON gets 400 problem+json and changes nothing")
    void malformedJson() {
        String liaison = api.token("qinghai-liaison");
        long before = deputyCount(liaison);

        var response = api.send("POST", "/api/v1/deputies", liaison, null, "{\"name\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.pointers()).containsExactly("");
        assertThat(deputyCount(liaison)).isEqualTo(before);
    }

    @Test
    @DisplayName("a missing required field gets 422 naming each field by its pointer")
    void missingRequiredFields() {
        String liaison = api.token("qinghai-liaison");
        long before = deputyCount(liaison);

        var response = api.post("/api/v1/deputies", liaison, Map.of("contact", Map.of("email", "不是邮箱")));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.pointers()).containsExactlyInAnyOrder("/name", "/termId", "/constituency", "/contact/email");
        assertThat(response.list("errors")).allSatisfy(error -> assertThat(String.valueOf(error.get("message"))).isNotBlank());
        assertThat(deputyCount(liaison)).isEqualTo(before);
    }

    @Test
    @DisplayName("a name over 50 characters gets 422 on /name and the deputy keeps the old name")
    void overLongName() {
        String liaison = api.token("qinghai-liaison");
        String id = deputyNamed(liaison, "韩永平");
        Map<String, Object> deputy = api.get("/api/v1/deputies/" + id, liaison).json();
        Map<String, Object> form = new HashMap<>(deputy);
        form.put("name", "长".repeat(51));

        var response = api.put("/api/v1/deputies/" + id, liaison, form);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.pointers()).containsExactly("/name");
        assertThat(response.list("errors").getFirst().get("message")).asString().contains("50");
        assertThat(api.get("/api/v1/deputies/" + id, liaison).json()).isEqualTo(deputy);
    }

    @Test
    @DisplayName("a congress whose parent is not of a higher level gets 422 on /parentId and is not created")
    void invalidLevelAndParent() {
        String admin = api.token("platform-admin");

        var response = api.post("/api/v1/congresses", admin,
                Map.of("id", "dongcheng-city", "name", "某市人大", "level", "CITY", "parentId", "bj-dongcheng"));
        var unknownLevel = api.post("/api/v1/congresses", admin, Map.of("id", "x-galaxy", "name", "某人大", "level", "GALAXY"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.pointers()).containsExactly("/parentId");
        assertThat(unknownLevel.status()).isEqualTo(422);
        assertThat(unknownLevel.pointers()).containsExactly("/level");
        assertThat(api.get("/api/v1/terms", admin, "dongcheng-city").status()).isEqualTo(403);
    }

    @Test
    @DisplayName("an illegal status transition gets 422 on /status and the status stays")
    void illegalStatusTransition() {
        String liaison = api.token("hunan-liaison");
        String id = deputyNamed(liaison, "彭德明");
        if (!"RESIGNED".equals(api.get("/api/v1/deputies/" + id, liaison).text("status"))) {
            assertThat(api.post("/api/v1/deputies/" + id + "/status", liaison,
                    Map.of("status", "RESIGNED", "reason", "本人书面提出辞职",
                            "documentReference", "株人常〔2026〕2号", "acceptedOn", "2026-01-05")).status()).isEqualTo(200);
        }

        var response = api.post("/api/v1/deputies/" + id + "/status", liaison, Map.of("status", "ACTIVE", "reason", "恢复"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.pointers()).containsExactly("/status");
        assertThat(api.get("/api/v1/deputies/" + id, liaison).text("status")).isEqualTo("RESIGNED");
    }

    @Test
    @DisplayName("paging parameters out of range get 422, unparseable ones 400")
    void pagingParameters() {
        String liaison = api.token("qinghai-liaison");

        assertThat(api.get("/api/v1/deputies?size=201", liaison).pointers()).containsExactly("/size");
        assertThat(api.get("/api/v1/deputies?after=%2Fnot-base64", liaison).pointers()).containsExactly("/after");
        assertThat(api.get("/api/v1/deputies?size=abc", liaison).status()).isEqualTo(400);
    }

    private long deputyCount(String token) {
        return ((Number) api.get("/api/v1/deputies?total=true", token).json().get("total")).longValue();
    }
}
