package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@MicronautTest(transactional = false)
class PolicyProfileIT extends ApiTest {

    /** A county under Qinghai with a small profile of its own: one quota over the inherited rules. */
    private static final String COUNTY_PROFILE = """
            profile: %s
            title: 某县人民代表大会代表履职管理办法
            effectiveFrom: %s
            rules:
              - rule: QH-7.2
                article: 第七条第（二）项
                kind: QUOTA
                summary: 每年参加联络站活动联系群众不少于%d次
                quota: { counts: [STATION_RECEPTION], minimum: %d, window: { type: CALENDAR_YEAR } }
            disabled:
              - { rule: QH-11.6, reason: 本县另行规定述职时间 }
            """;

    private String county;
    private String admin;

    @BeforeAll
    void aCountyUnderQinghai() {
        api = new ApiClient(server.getURI(), json);
        admin = api.token("platform-admin");
        county = "qh-county-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(api.post("/api/v1/congresses", admin, Map.of("id", county, "name", "某县人大", "level", "COUNTY", "parentId", "qinghai"))
                .status()).isEqualTo(201);
    }

    @Test
    @DisplayName("the effective profile names where each rule came from, and what a profile switched off")
    void effectiveProfileWithProvenance() {
        var effective = api.get("/api/v1/policy-profile?on=2026-06-01", api.token("qinghai-admin"));

        assertThat(effective.status()).isEqualTo(200);
        assertThat(effective.json().get("chain")).isEqualTo(List.of("baseline", "qinghai"));
        assertThat(sources(effective)).containsEntry("QH-7.2", "qinghai").containsEntry("BL-8", "baseline").doesNotContainKey("BL-7");
        assertThat(effective.list("disabled")).anySatisfy(d -> assertThat(d).containsEntry("rule", "BL-7").containsEntry("by", "qinghai"));
        assertThat(effective.etag()).matches("\"[0-9]+\"");
    }

    @Test
    @DisplayName("Qinghai's tenant admin raises QH-7.2 from a future date: the effective profile changes from that date only")
    void tenantAdminChangesARule() {
        String qinghaiAdmin = api.token("qinghai-admin");
        var current = api.get("/api/v1/policy-profile", qinghaiAdmin);
        String latest = current.etag().replace("\"", "");
        String document = (String) api.get("/api/v1/policy-profile/versions/" + latest, qinghaiAdmin).body();
        String edited = document.replace("effectiveFrom: 2018-08-01", "effectiveFrom: 2099-01-01")
                .replace("counts: [LIAISON_ROOM_ACTIVITY, STATION_RECEPTION]\n      minimum: 3",
                        "counts: [LIAISON_ROOM_ACTIVITY, STATION_RECEPTION]\n      minimum: 5");

        var saved = api.send("PUT", "/api/v1/policy-profile", qinghaiAdmin, null, edited,
                Map.of("Content-Type", "application/yaml", "If-Match", current.etag()));

        assertThat(edited).isNotEqualTo(document);
        assertThat(saved.status()).isEqualTo(201);
        assertThat(minimumOf(api.get("/api/v1/policy-profile?on=2099-06-01", qinghaiAdmin), "QH-7.2")).isEqualTo(5);
        assertThat(minimumOf(api.get("/api/v1/policy-profile?on=2026-06-01", qinghaiAdmin), "QH-7.2")).isEqualTo(3);
    }

    @Test
    @DisplayName("a township created through the API works under its county's and province's rules at once")
    void newTownshipInheritsItsCounty() {
        String withProfile = county + "-c";
        api.post("/api/v1/congresses", admin, Map.of("id", withProfile, "name", "丙县人大", "level", "COUNTY", "parentId", "qinghai"));
        assertThat(save(withProfile, COUNTY_PROFILE.formatted(withProfile, "2025-01-01", 4, 4), null).status()).isEqualTo(201);
        String township = withProfile + "-tw";
        api.post("/api/v1/congresses", admin, Map.of("id", township, "name", "某乡人大", "level", "TOWNSHIP", "parentId", withProfile));

        var effective = api.get("/api/v1/policy-profile?on=2026-06-01", admin, township);

        assertThat(effective.status()).isEqualTo(200);
        assertThat(effective.json().get("chain")).isEqualTo(List.of("baseline", "qinghai", withProfile, township));
        assertThat(sources(effective)).containsEntry("QH-12", "qinghai").containsEntry("BL-13", "qinghai")
                .containsEntry("QH-7.2", withProfile).doesNotContainKey("QH-11.6");
        assertThat(minimumOf(effective, "QH-7.2")).isEqualTo(4);
    }

    @Test
    @DisplayName("a tenant admin changes a rule: a new version, judged by date, with audit and a rule-by-rule diff")
    void changeARule() {
        String sub = county + "-a";
        api.post("/api/v1/congresses", admin, Map.of("id", sub, "name", "甲县人大", "level", "COUNTY", "parentId", "qinghai"));
        var first = save(sub, COUNTY_PROFILE.formatted(sub, "2025-01-01", 4, 4), null);
        var second = save(sub, COUNTY_PROFILE.formatted(sub, "2026-01-01", 5, 5), first.etag());

        var in2025 = api.get("/api/v1/policy-profile?on=2025-06-01", admin, sub);
        var in2026 = api.get("/api/v1/policy-profile?on=2026-06-01", admin, sub);
        var diff = api.get("/api/v1/policy-profile/diff?from=1&to=2", admin, sub);
        var audit = api.get("/api/v1/policy-profile/audit", admin, sub);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.etag()).isEqualTo("\"2\"");
        assertThat(minimumOf(in2025, "QH-7.2")).isEqualTo(4);
        assertThat(minimumOf(in2026, "QH-7.2")).isEqualTo(5);
        assertThat(sources(in2026)).containsEntry("QH-7.2", sub).doesNotContainKey("QH-11.6");
        assertThat(diff.list("rules")).singleElement().satisfies(c -> assertThat(c).containsEntry("rule", "QH-7.2").containsEntry("change", "CHANGED"));
        @SuppressWarnings("unchecked")
        var entries = audit.list("items");
        assertThat(entries).hasSize(2);
        assertThat(entries.getLast()).containsEntry("version", 2).containsEntry("savedBy", "platform-admin");
        assertThat((List<?>) entries.getLast().get("changes")).anySatisfy(line -> assertThat(line.toString()).contains("QH-7.2"));
    }

    @Test
    @DisplayName("a stale If-Match gets 412 and a missing one 428; neither changes anything")
    void staleEditIsRefused() {
        String sub = county + "-b";
        api.post("/api/v1/congresses", admin, Map.of("id", sub, "name", "乙县人大", "level", "COUNTY", "parentId", "qinghai"));
        var first = save(sub, COUNTY_PROFILE.formatted(sub, "2025-01-01", 4, 4), null);
        save(sub, COUNTY_PROFILE.formatted(sub, "2026-01-01", 5, 5), first.etag());

        var stale = save(sub, COUNTY_PROFILE.formatted(sub, "2026-01-01", 9, 9), first.etag());
        var missing = save(sub, COUNTY_PROFILE.formatted(sub, "2026-01-01", 9, 9), null);

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.etag()).isEqualTo("\"2\"");
        assertThat(missing.status()).isEqualTo(428);
        assertThat(api.get("/api/v1/policy-profile/versions", admin, sub).list("items")).hasSize(2);
        assertThat(minimumOf(api.get("/api/v1/policy-profile?on=2026-06-01", admin, sub), "QH-7.2")).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown activity type|counts: [STATION_RECEPTION]|counts: [TEA_PARTY]|/rules/0/quota/counts/0",
            "negative minimum|minimum: 4,|minimum: -1,|/rules/0/quota/minimum",
            "unknown rule id disabled|rule: QH-11.6,|rule: QH-99.9,|/disabled/0/rule",
            "inheritance cycle|title: |inherits: SELF~title: |/inherits",
            "window that cannot be evaluated|type: CALENDAR_YEAR|type: ROLLING|/rules/0/quota/window/period",
            "schema violation|kind: QUOTA|kind: WISH|/rules/0/kind"})
    @DisplayName("an invalid profile gets 422 naming the problem's JSON path, and the version in force is untouched")
    void invalidProfileIsRefused(String name, String valid, String invalid, String path) {
        String document = COUNTY_PROFILE.formatted(county, "2025-01-01", 4, 4).replace(valid, invalid.replace("SELF", county).replace("~", "\n"));

        var refused = save(county, document, null);
        var checked = api.send("POST", "/api/v1/policy-profile/validate", admin, county, document, Map.of("Content-Type", "application/yaml"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.pointers()).contains(path);
        assertThat(checked.json()).containsEntry("valid", false);
        assertThat((api.get("/api/v1/policy-profile/versions", admin, county).list("items"))).isEmpty();
    }

    @Test
    @DisplayName("a deadline period that does not parse is named by its path")
    void unparseablePeriod() {
        String document = """
                profile: %s
                title: 某县办法
                effectiveFrom: 2025-01-01
                rules:
                  - rule: QH-3.5
                    article: 第三条第（五）项
                    kind: DEADLINE
                    summary: 三个月内答复
                    deadline: { event: SUGGESTION_ASSIGNED, period: P3X }
                """.formatted(county);

        var checked = api.send("POST", "/api/v1/policy-profile/validate", admin, county, document, Map.of("Content-Type", "application/yaml"));

        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.list("problems")).extracting(p -> p.get("path")).containsExactly("/rules/0/deadline/period");
    }

    @Test
    @DisplayName("only a tenant admin or platform admin edits a profile; a deputy reads the effective rules")
    void rolesForProfiles() {
        String deputy = api.token("qinghai-deputy1");

        assertThat(api.send("PUT", "/api/v1/policy-profile", deputy, null, "profile: qinghai", Map.of("Content-Type", "application/yaml"))
                .status()).isEqualTo(403);
        assertThat(api.get("/api/v1/policy-profile/versions", deputy).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/policy-profile", deputy).status()).isEqualTo(200);
    }

    private ApiClient.Response save(String congress, String document, String ifMatch) {
        Map<String, String> headers = new HashMap<>(Map.of("Content-Type", "application/yaml"));
        if (ifMatch != null) {
            headers.put("If-Match", ifMatch);
        }
        return api.send("PUT", "/api/v1/policy-profile", admin, congress, document, headers);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> sources(ApiClient.Response effective) {
        Map<String, String> sources = new HashMap<>();
        effective.list("rules").forEach(r -> sources.put((String) ((Map<String, Object>) r.get("value")).get("rule"), (String) r.get("source")));
        return sources;
    }

    @SuppressWarnings("unchecked")
    private static int minimumOf(ApiClient.Response effective, String rule) {
        return effective.list("rules").stream()
                .map(r -> (Map<String, Object>) r.get("value"))
                .filter(r -> rule.equals(r.get("rule")))
                .map(r -> ((Number) ((Map<String, Object>) r.get("quota")).get("minimum")).intValue())
                .findFirst().orElseThrow();
    }
}
