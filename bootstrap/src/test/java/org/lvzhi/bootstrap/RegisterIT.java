package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class RegisterIT extends ApiTest {

    @Test
    @DisplayName("a platform admin founds a county under a province, and it lists among all congresses")
    void platformAdminFoundsCongress() {
        String admin = api.token("platform-admin");
        String slug = "qh-county-" + UUID.randomUUID().toString().substring(0, 6);

        var created = api.post("/api/v1/congresses", admin,
                Map.of("id", slug, "name", "某县人民代表大会", "level", "COUNTY", "parentId", "qinghai"));
        var all = api.get("/api/v1/congresses?size=200", admin);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("parentId")).isEqualTo("qinghai");
        assertThat(all.list("items")).extracting(c -> c.get("id")).contains(slug, "qinghai", "hunan", "bj-dongcheng", "sh-jiading");
    }

    @Test
    @DisplayName("a platform admin may act in any congress by naming it in X-Congress")
    void platformAdminActsInAnyCongress() {
        var current = api.get("/api/v1/congresses/current", api.token("platform-admin"), "sh-jiading");

        assertThat(current.status()).isEqualTo(200);
        assertThat(current.text("name")).isEqualTo("上海市嘉定区人民代表大会");
    }

    @Test
    @DisplayName("staff register a deputy in a delegation and a group, update, suspend and restore them")
    void deputyLifecycle() {
        String liaison = api.token("sh-jiading-liaison");
        String term = api.firstTermId(liaison);
        String group = api.post("/api/v1/deputy-groups", liaison, Map.of("name", "安亭镇代表小组")).text("id");

        var created = api.post("/api/v1/deputies", liaison, Map.of(
                "name", "  钱学明  ", "termId", term, "constituency", "DISTRICT", "constituencyName", "第12选区",
                "deputyGroupId", group, "grassroots", true, "contact", Map.of("phone", "021-59990000")));
        String id = created.text("id");
        var updated = api.put("/api/v1/deputies/" + id, liaison, Map.of(
                "name", "钱学明", "constituency", "DISTRICT", "constituencyName", "第12选区", "military", true,
                "contact", Map.of("email", "qian@example.cn")));
        var suspended = api.post("/api/v1/deputies/" + id + "/status", liaison, Map.of("status", "SUSPENDED", "reason", "依法暂停"));
        var restored = api.post("/api/v1/deputies/" + id + "/status", liaison, Map.of("status", "ACTIVE", "reason", "恢复执行职务"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("name")).isEqualTo("钱学明");
        assertThat(created.text("deputyGroupId")).isEqualTo(group);
        assertThat(created.json().get("grassroots")).isEqualTo(true);
        assertThat(updated.json().get("military")).isEqualTo(true);
        assertThat(updated.json().get("deputyGroupId")).isNull();
        assertThat(((Map<?, ?>) updated.json().get("contact")).get("email")).isEqualTo("qian@example.cn");
        assertThat(suspended.text("status")).isEqualTo("SUSPENDED");
        assertThat(restored.text("status")).isEqualTo("ACTIVE");
        var history = api.get("/api/v1/deputies/" + id + "/status-changes", liaison);
        @SuppressWarnings("unchecked")
        var changes = history.list("items");
        assertThat(changes).hasSize(2);
        assertThat(changes.getFirst()).containsEntry("from", "ACTIVE").containsEntry("to", "SUSPENDED")
                .containsEntry("reason", "依法暂停").containsEntry("by", "sh-jiading-liaison");
    }

    @Test
    @DisplayName("a renamed deputy is listed, counted and judged under the new name")
    void renamedDeputyIsReadUnderTheNewName() {
        String liaison = api.token("sh-jiading-liaison");
        String id = api.post("/api/v1/deputies", liaison, Map.of(
                "name", "严复生", "termId", api.firstTermId(liaison), "constituency", "DISTRICT")).text("id");
        api.post("/api/v1/compliance-overview/evaluations", liaison, Map.of());

        api.put("/api/v1/deputies/" + id, liaison, Map.of("name", "严复新", "constituency", "DISTRICT"));

        assertThat(api.deputiesNamed(liaison, "严复").list("items")).extracting(d -> d.get("name")).containsExactly("严复新");
        assertThat(nameIn(api.get("/api/v1/statistics/deputies?year=2026&size=200", liaison), "id", id)).isEqualTo("严复新");
        assertThat(nameIn(api.get("/api/v1/compliance-overview?size=200", liaison), "deputyId", id)).isEqualTo("严复新");
    }

    /** The name on the page's item whose {@code key} is the deputy's id. */
    private static Object nameIn(ApiClient.Response page, String key, String deputy) {
        return page.list("items").stream().filter(item -> deputy.equals(item.get(key))).findFirst().orElseThrow().get("name");
    }

    @Test
    @DisplayName("a deputy's delegation must be a delegation of the same congress")
    void seatReferencesAreChecked() {
        String liaison = api.token("sh-jiading-liaison");
        String groupNotDelegation = api.post("/api/v1/deputy-groups", liaison, Map.of("name", "徐行镇代表小组")).text("id");

        var response = api.post("/api/v1/deputies", liaison, Map.of(
                "name", "孔令辉", "termId", api.firstTermId(liaison), "constituency", "DISTRICT", "delegationId", groupNotDelegation));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.pointers()).containsExactly("/delegationId");
    }

    @Test
    @DisplayName("the deputy list pages, searches by any part of the name and filters")
    void deputyListPagesSearchesAndFilters() {
        String liaison = api.token("bj-dongcheng-liaison");

        var firstPage = api.get("/api/v1/deputies?size=2&total=true", liaison);
        var secondPage = api.get(String.valueOf(firstPage.json().get("next")), liaison);
        var byName = api.deputiesNamed(liaison, "晓");
        var grassroots = api.get("/api/v1/deputies?grassroots=true&size=200", liaison);

        assertThat(firstPage.list("items")).hasSize(2);
        assertThat(firstPage.json().get("total")).isEqualTo(secondPage.json().get("total"));
        assertThat(firstPage.list("items")).doesNotContainAnyElementsOf(secondPage.list("items"));
        assertThat(byName.list("items")).extracting(d -> d.get("name")).containsExactly("陈晓东");
        assertThat(grassroots.list("items")).isNotEmpty().allSatisfy(d -> assertThat(d.get("grassroots")).isEqualTo(true));
    }

    @Test
    @DisplayName("terms of a congress never overlap")
    void termsDoNotOverlap() {
        String admin = api.token("hunan-admin");

        var overlapping = api.post("/api/v1/terms", admin, Map.of("number", 15, "startsOn", "2027-06-01", "endsOn", "2032-05-31"));

        assertThat(overlapping.status()).isEqualTo(422);
        assertThat(overlapping.pointers()).containsExactly("/startsOn");
    }

    @Test
    @DisplayName("units are kept per kind, and an office held in a unit names it")
    void unitsAndPositions() {
        String liaison = api.token("qinghai-liaison");
        var station = api.post("/api/v1/liaison-stations", liaison, Map.of("name", "城中区代表联络站", "address", "西宁市城中区某路1号"));
        String delegation = api.get("/api/v1/delegations", liaison).list("items").getFirst().get("id").toString();
        String deputy = deputyNamed(liaison, "李文华");

        var head = api.post("/api/v1/positions", liaison, Map.of(
                "position", "DELEGATION_HEAD", "deputyId", deputy, "unitId", delegation, "from", "2023-01-15"));
        var wrongUnit = api.post("/api/v1/positions", liaison, Map.of(
                "position", "DELEGATION_HEAD", "deputyId", deputy, "unitId", station.text("id"), "from", "2023-01-15"));
        var chair = api.post("/api/v1/positions", liaison, Map.of("position", "CHAIR", "name", "张主任", "from", "2023-01-15"));

        assertThat(station.status()).isEqualTo(201);
        assertThat(api.get("/api/v1/liaison-stations/" + station.text("id"), liaison).text("address")).isEqualTo("西宁市城中区某路1号");
        assertThat(api.get("/api/v1/delegations/" + station.text("id"), liaison).status()).isEqualTo(404);
        assertThat(head.status()).isEqualTo(201);
        assertThat(head.text("name")).isEqualTo("李文华");
        assertThat(wrongUnit.pointers()).containsExactly("/unitId");
        assertThat(chair.status()).isEqualTo(201);
        assertThat(api.get("/api/v1/positions?size=200", liaison).list("items")).extracting(p -> p.get("position"))
                .contains("DELEGATION_HEAD", "CHAIR");
    }

    @Test
    @DisplayName("health and the OpenAPI document are public")
    void healthAndOpenApi() {
        var health = api.get("/health", null);
        var openApi = api.get("/openapi.yml", null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text("status")).isEqualTo("UP");
        assertThat(openApi.status()).isEqualTo(200);
        assertThat((String) openApi.body()).contains("/api/v1/deputies", "/api/v1/congresses", "/api/v1/auth/token");
    }
}
