package org.lvzhi.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.lvzhi.tenants.ExampleProfiles.problems;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.policy.ProfileProblem;

/** Ranking triggers in a profile document: the example validates, each misuse is refused at its pointer in Chinese. */
class RankingProfileValidationTest {

    private static final ProfileDocumentReader READER = new ProfileDocumentReader();

    private static String example() {
        return ExampleProfiles.example("ranking-county.yml");
    }


    @Test
    @DisplayName("the county ranking example reads against the schema and passes the semantic checks")
    void exampleValidates() {
        assertThat(problems(example())).isEmpty();
    }

    @Test
    @DisplayName("K = 1, 0% and 120%, a bottom of 0, two criteria at once and an unknown band are each refused at their pointer")
    void everyMisuseAtItsPointer() {
        String bad = example()
                .replace("consecutive: 2\n        ranking: { scope: CONGRESS, bottom: 2 }", "consecutive: 1\n        ranking: { scope: CONGRESS, bottomPercent: 0 }")
                .replace("ranking: { scope: CONGRESS, top: 3 }", "ranking: { top: 3, topPercent: 120 }")
                .replace("bands: [较差]", "bands: [很差]");

        var found = problems(bad);

        assertThat(found).extracting(ProfileProblem::path).containsExactlyInAnyOrder(
                "/rules/0/supervision/trigger/consecutive",
                "/rules/0/supervision/trigger/ranking/bottomPercent",
                "/rules/1/supervision/trigger/ranking",
                "/rules/1/supervision/trigger/ranking/topPercent",
                "/rules/2/supervision/trigger/ranking/bands/0");
        assertThat(found).extracting(ProfileProblem::message).contains(
                "连续期数为1不构成连续：连续排名须至少2期；只看一期时请省略 consecutive",
                "百分比须大于0且不超过100（0）",
                "排名条件须恰好写明一项（top、bottom、topPercent、bottomPercent、bands、below 之一），现有2项",
                "百分比须大于0且不超过100（120）",
                "积分方案没有分档“很差”（已有：优秀、合格、较差）");
    }

    @Test
    @DisplayName("a ranking trigger without a ranking, over a rolling window, or where no points scheme scores the deputies is refused")
    void rankingWithoutWhatItRanks() {
        String noPoints = example().substring(0, example().indexOf("points:\n"))
                .replace("ranking: { scope: CONGRESS, bottom: 2 }", "window: { type: ROLLING, period: P1Y }")
                .replace("consecutive: 2\n        window: { type: ROLLING", "window: { type: ROLLING")
                .replace("        window: { type: CALENDAR_YEAR }\n        window: { type: ROLLING, period: P1Y }",
                        "        window: { type: ROLLING, period: P1Y }")
                .replace("ranking: { bands: [较差] }", "ranking: { below: { score: 60, inclusive: false } }");

        assertThat(problems(noPoints)).extracting(ProfileProblem::path, ProfileProblem::message).contains(
                tuple("/rules/0/supervision/trigger", "排名触发条件（RANKING）依据履职积分排名，但本方案及其继承的方案都没有积分方案（points）"),
                tuple("/rules/0/supervision/trigger/window/type", "排名触发条件按积分方案的计分周期逐期排名，不能用滚动周期（ROLLING）"),
                tuple("/rules/0/supervision/trigger/ranking", "排名触发条件（RANKING）须写明排名条件（ranking）：名次、百分比、分档或分数线"));
    }

    @Test
    @DisplayName("a ranking trigger without a window and an unknown scope are refused by the schema at their pointers, in Chinese")
    void schemaRefusals() {
        String bad = example().replace("        window: { type: CALENDAR_YEAR }\n        consecutive: 2\n        ranking: { scope: CONGRESS, bottom: 2 }",
                "        consecutive: 2\n        ranking: { scope: CONGRESS, bottom: 2 }").replace("scope: CONGRESS, top: 3", "scope: TOWNSHIP, top: 3");

        var parsed = READER.read(bad);

        assertThat(parsed.profile()).isEmpty();
        assertThat(parsed.problems()).extracting(ProfileProblem::path)
                .containsExactlyInAnyOrder("/rules/0/supervision/trigger/window", "/rules/1/supervision/trigger/ranking/scope");
        assertThat(parsed.problems().toString()).containsPattern("[\\u4e00-\\u9fa5]");
    }

    @Test
    @DisplayName("a ranking trigger on a yearly scheme judged over the term is refused: its windows are the scheme's")
    void windowOtherThanTheSchemes() {
        String bad = example().replace("        window: { type: CALENDAR_YEAR }\n        consecutive: 3", "        window: { type: TERM }");

        assertThat(problems(bad)).extracting(ProfileProblem::path, ProfileProblem::message).containsExactly(
                tuple("/rules/1/supervision/trigger/window/type", "排名触发条件的周期（届期）须与积分方案的计分周期（自然年）一致"));
    }
}
