package org.lvzhi.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.policy.CalendarDuty;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.policy.ProfileProblem;

class ProfileDocumentReaderTest {

    private static final String MINIMAL = """
            profile: some-county
            title: 某县人大代表履职管理办法
            effectiveFrom: 2025-01-01
            rules: []
            """;

    private final ProfileDocumentReader reader = new ProfileDocumentReader();

    @Test
    @DisplayName("a minimal YAML profile reads, and JSON reads the same way")
    void readsYamlAndJson() {
        var yaml = reader.read(MINIMAL);
        var json = reader.read("{\"profile\":\"some-county\",\"title\":\"某县\",\"effectiveFrom\":\"2025-01-01\",\"rules\":[]}");

        assertThat(yaml.problems()).isEmpty();
        assertThat(yaml.profile().orElseThrow().effectiveFrom()).hasToString("2025-01-01");
        assertThat(json.problems()).isEmpty();
    }

    @Test
    @DisplayName("text that is not YAML is one problem at the document root")
    void unreadableText() {
        var parsed = reader.read("profile: [unclosed");

        assertThat(parsed.profile()).isEmpty();
        assertThat(parsed.problems()).extracting(ProfileProblem::path).containsExactly("");
        assertThat(parsed.problems().getFirst().message()).startsWith("文档不是有效的 YAML 或 JSON");
    }

    @Test
    @DisplayName("schema problems name the field by its JSON Pointer: a missing field, a wrong value, an unknown field")
    void schemaProblemsNameTheirField() {
        var parsed = reader.read("""
                profile: some-county
                effectiveFrom: 2025-01-01
                rules:
                  - rule: QH-7.2
                    article: 第七条
                    kind: QUOTA
                    summary: 每年至少3次
                    quota: { counts: [STATION_RECEPTION], minimum: three, window: { type: CALENDAR_YEAR } }
                colour: red
                """);

        assertThat(parsed.profile()).isEmpty();
        assertThat(parsed.problems()).extracting(ProfileProblem::path)
                .contains("/title", "/rules/0/quota/minimum", "");
        assertThat(parsed.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
    }

    @Test
    @DisplayName("a schedule's 'for' arrives in the domain as who owes the duty")
    void scheduleForBecomesOwedBy() {
        var parsed = reader.read(MINIMAL.replace("rules: []", """
                rules:
                  - rule: QH-11.6
                    article: 第十一条第（六）项
                    kind: SCHEDULE
                    summary: 每年十二月前向原选举单位书面述职
                    schedule: { duty: ANNUAL_DUTY_REPORT, every: YEAR, due: "--11-30", for: EACH_DEPUTY }
                """));

        assertThat(parsed.problems()).isEmpty();
        PolicyRule rule = parsed.profile().orElseThrow().rules().getFirst();
        assertThat(rule.schedule()).map(CalendarDuty::owedBy).contains("EACH_DEPUTY");
        assertThat(rule.schedule()).flatMap(CalendarDuty::due).contains("--11-30");
    }
}
