package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class TenantIsolationIT extends ApiTest {

    @Test
    @DisplayName("a request without a token gets 401 as problem+json")
    void noToken() {
        var response = api.get("/api/v1/deputies", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("title")).isEqualTo("未登录或令牌无效");
    }

    @Test
    @DisplayName("a forged or tampered token gets 401")
    void forgedToken() {
        String token = api.token("qinghai-liaison");
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 4) + "AAAA." + parts[2];

        assertThat(api.get("/api/v1/deputies", tampered).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/deputies", "not.a.token").status()).isEqualTo(401);
    }

    @Test
    @DisplayName("a wrong password gets no token")
    void wrongPassword() {
        var response = api.post("/api/v1/auth/token", null, Map.of("username", "qinghai-liaison", "password", "nope"));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json()).doesNotContainKey("access_token");
    }

    @Test
    @DisplayName("a role the endpoint does not admit gets 403")
    void wrongRole() {
        String deputy = api.token("qinghai-deputy1");
        String liaison = api.token("qinghai-liaison");

        assertThat(api.post("/api/v1/deputies", deputy, Map.of("name", "某某")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/deputies", deputy).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/congresses", liaison, Map.of("id", "x-county", "name", "某县", "level", "COUNTY")).status())
                .isEqualTo(403);
    }

    @Test
    @DisplayName("another congress's deputy answers 404, reading or writing, and stays unchanged")
    void otherCongressDeputyIsNotFound() {
        String qinghai = api.token("qinghai-liaison");
        String hunan = api.token("hunan-liaison");
        String qinghaiDeputy = deputyNamed(qinghai, "李文华");
        var before = api.get("/api/v1/deputies/" + qinghaiDeputy, qinghai).json();

        var read = api.get("/api/v1/deputies/" + qinghaiDeputy, hunan);
        var write = api.post("/api/v1/deputies/" + qinghaiDeputy + "/status", hunan,
                Map.of("status", "SUSPENDED", "reason", "试图越权"));

        assertThat(read.status()).isEqualTo(404);
        assertThat(read.json().toString()).doesNotContain("李文华");
        assertThat(write.status()).isEqualTo(404);
        assertThat(api.get("/api/v1/deputies/" + qinghaiDeputy, qinghai).json()).isEqualTo(before);
    }

    @Test
    @DisplayName("a list shows only the acting congress's deputies")
    void listsAreTenantScoped() {
        var qinghai = api.get("/api/v1/deputies?size=200", api.token("qinghai-liaison"));
        var hunan = api.get("/api/v1/deputies?size=200", api.token("hunan-liaison"));

        assertThat(qinghai.list("items")).extracting(d -> d.get("name")).contains("马建国").doesNotContain("刘湘云");
        assertThat(hunan.list("items")).extracting(d -> d.get("name")).contains("刘湘云").doesNotContain("马建国");
    }

    @Test
    @DisplayName("an X-Congress the token does not grant gets 403")
    void ungrantedCongressHeader() {
        var response = api.get("/api/v1/terms", api.token("qinghai-liaison"), "hunan");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.text("detail")).contains("hunan");
    }

    @Test
    @DisplayName("a person with seats in two congresses sees each seat only under its own X-Congress")
    void personWithTwoSeats() {
        seatDualDeputy("qinghai-liaison", "qinghai", "欧阳明");
        seatDualDeputy("hunan-liaison", "hunan", "欧阳明");
        String dual = api.token("dual-deputy");

        var inQinghai = api.get("/api/v1/deputies/me", dual, "qinghai");
        var inHunan = api.get("/api/v1/deputies/me", dual, "hunan");
        var withoutHeader = api.get("/api/v1/deputies/me", dual);

        assertThat(inQinghai.status()).isEqualTo(200);
        assertThat(inHunan.status()).isEqualTo(200);
        assertThat(inQinghai.text("termId")).isNotEqualTo(inHunan.text("termId"));
        assertThat(inQinghai.text("personId")).isEqualTo(inHunan.text("personId"));
        assertThat(api.get("/api/v1/deputies/" + inHunan.text("id"), dual, "qinghai").status()).isEqualTo(404);
        assertThat(withoutHeader.status()).isEqualTo(403);
    }

    @Test
    @DisplayName("a deputy reads their own seat by id, but another deputy's answers 404")
    void deputyReadsOnlyOwnSeat() {
        String deputy1 = api.token("qinghai-deputy1");
        var own = api.get("/api/v1/deputies/me", deputy1);
        String other = deputyNamed(api.token("qinghai-liaison"), "李文华");

        assertThat(api.get("/api/v1/deputies/" + own.text("id"), deputy1).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/deputies/" + other, deputy1).status()).isEqualTo(404);
    }
}
