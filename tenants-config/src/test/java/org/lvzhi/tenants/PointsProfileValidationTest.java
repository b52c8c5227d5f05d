package org.lvzhi.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.lvzhi.tenants.ExampleProfiles.problems;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.policy.ProfileProblem;

/** Quantities and points v2 in a profile document: the example reads and validates, each misuse is refused at its pointer. */
class PointsProfileValidationTest {

    private static final ProfileDocumentReader READER = new ProfileDocumentReader();
    private static final String HEAD = """
            profile: some-county
            title: 某县人大代表履职积分办法
            effectiveFrom: 2025-01-01
            activityTypes:
              - { code: TRAINING_DAYS, name: 培训（天）, category: TRAINING, measures: DAY }
              - { code: STUDY_HOURS, name: 自学（小时）, category: TRAINING, measures: HOUR }
            """;


    private static String points(String body) {
        return HEAD + "rules: []\npoints:\n  rule: XC-12\n  article: 第十二条\n" + body.stripIndent().indent(2);
    }

    @Test
    @DisplayName("the county points example reads against the schema and passes the semantic checks")
    void exampleProfileValidates() {
        assertThat(problems(ExampleProfiles.example("points-county.yml"))).isEmpty();
    }

    @Test
    @DisplayName("a quota summing days over a type measured in hours, or a type measuring nothing, is refused at /sum, naming each type")
    void sumInAUnitTheTypeDoesNotMeasure() {
        var found = problems(HEAD + """
                rules:
                  - rule: XC-5
                    article: 第五条
                    kind: QUOTA
                    summary: 每年培训不少于1天
                    quota: { counts: [TRAINING_DAYS, STUDY_HOURS, INSPECTION], minimum: 1, window: { type: CALENDAR_YEAR }, sum: DAY }
                  - rule: XC-6
                    article: 第六条
                    kind: QUOTA
                    summary: 每年走访不少于1天
                    quota: { counts: [TRAINING_DAYS], minimum: 1, window: { type: CALENDAR_YEAR }, sum: HALF_DAY, distinct: OCCASION }
                """);

        assertThat(found).extracting(ProfileProblem::path).containsExactly("/rules/0/quota/sum", "/rules/0/quota/sum", "/rules/1/quota/sum");
        assertThat(found.get(0).message()).contains("STUDY_HOURS", "“天”", "小时");
        assertThat(found.get(1).message()).contains("INSPECTION", "无");
        assertThat(found.get(2).message()).contains("distinct");
    }

    @Test
    @DisplayName("points per unit the type does not measure, a negative cap, a positive floor and a floor above the cap are each refused")
    void entryLimits() {
        var found = problems(points("""
                entries:
                  - { type: STUDY_HOURS, points: 1, perUnit: DAY }
                  - { type: TRAINING_DAYS, points: 2, maxPoints: -1 }
                  - { type: INSPECTION, points: -2, minPoints: 4 }
                  - { type: RESEARCH, points: 2, maxPoints: 4, minPoints: -2 }
                  - { type: LECTURE, points: 2, maxPoints: 1 }
                cap: -5
                """));

        assertThat(found).extracting(ProfileProblem::path).containsExactlyInAnyOrder("/points/entries/0/perUnit",
                "/points/entries/1/maxPoints", "/points/entries/2/minPoints", "/points/cap");
        assertThat(found).allSatisfy(problem -> assertThat(problem.message()).containsPattern("\\p{IsHan}"));
    }

    @Test
    @DisplayName("a deduction that adds points, from an unknown kind of absence, or with a positive floor is refused at its field")
    void deductions() {
        var found = problems(points("""
                entries: [{ type: INSPECTION, points: 1 }]
                deductions:
                  - { from: [SESSION_MEETING], points: 2 }
                  - { from: [SESSION, PICNIC], approved: false, points: -2, minPoints: 3 }
                """));

        assertThat(found).extracting(ProfileProblem::path).containsExactly("/points/deductions/0/points",
                "/points/deductions/1/from/1", "/points/deductions/1/minPoints");
    }

    @Test
    @DisplayName("bands: a gap (80 excluded by both), an overlap (90 included by both) and an empty band are refused; a declared gap passes")
    void bands() {
        String bands = """
                entries: [{ type: INSPECTION, points: 1 }]
                bands:
                  - { name: 优秀, lower: { score: 90, inclusive: true } }
                  - { name: 良好, lower: { score: 80, inclusive: false }, upper: { score: 90, inclusive: true } }
                  - { name: 一般, lower: { score: 60, inclusive: true }, upper: { score: 80, inclusive: false } }
                  - { name: 空档, lower: { score: 50, inclusive: true }, upper: { score: 50, inclusive: false } }
                """;
        var found = problems(points(bands));

        assertThat(found).extracting(ProfileProblem::path, ProfileProblem::message).contains(
                tuple("/points/bands/3", "分档“空档”的上下界之间没有任何分数"));
        assertThat(found).extracting(ProfileProblem::path).containsExactlyInAnyOrder("/points/bands/3", "/points/bands/2",
                "/points/bands/1", "/points/bands/0");
        assertThat(found).extracting(ProfileProblem::message).anyMatch(m -> m.contains("空档") && m.contains("“一般”"))
                .anyMatch(m -> m.contains("“一般”与“良好”之间留有空档")).anyMatch(m -> m.contains("“良好”与“优秀”相互重叠"));
        assertThat(problems(points(bands.replace("upper: { score: 90, inclusive: true }", "upper: { score: 90, inclusive: false }")
                .replace("  - { name: 空档, lower: { score: 50, inclusive: true }, upper: { score: 50, inclusive: false } }\n", "")
                + "bandsMayGap: true\n"))).isEmpty();
    }

    @Test
    @DisplayName("a band edge without its inclusive flag is refused by the schema at its pointer")
    void edgeMustSayInclusive() {
        var parsed = READER.read(points("""
                entries: [{ type: INSPECTION, points: 1 }]
                bands: [{ name: 优秀, lower: { score: 90 } }]
                """));

        assertThat(parsed.problems()).extracting(ProfileProblem::path).containsExactly("/points/bands/0/lower/inclusive");
    }
}
