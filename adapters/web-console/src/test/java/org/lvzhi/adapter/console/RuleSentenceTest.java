package org.lvzhi.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.policy.ActivityCategory;
import org.lvzhi.domain.policy.ActivityType;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.policy.Ranking;
import org.lvzhi.domain.policy.Quota;
import org.lvzhi.domain.policy.RestDayRule;
import org.lvzhi.domain.policy.RuleKind;
import org.lvzhi.domain.policy.Sourced;
import org.lvzhi.domain.policy.Supervision;
import org.lvzhi.domain.policy.SupervisionStep;
import org.lvzhi.domain.policy.Trigger;
import org.lvzhi.domain.policy.Window;
import org.lvzhi.domain.policy.WindowType;

/** Rules told in plain Chinese from their data, with the catalogue's names for the types they count. */
class RuleSentenceTest {

    private static final EffectiveProfile PROFILE = new EffectiveProfile("bj-dongcheng", LocalDate.of(2026, 12, 3), List.of(),
            List.of(), List.of(new Sourced<>(new ActivityType("STATION_RECEPTION", "代表之家、代表联络站接待群众", ActivityCategory.PUBLIC_CONTACT,
                    false, Optional.empty(), Optional.empty(), Optional.empty()), "bj-dongcheng", 1)),
            List.of(), new Sourced<>(RestDayRule.NEXT_WORKING_DAY, "baseline", 1), Optional.empty(), List.of());

    private static PolicyRule rule(RuleKind kind, Optional<Quota> quota, Optional<Supervision> supervision) {
        return new PolicyRule("DC-6.2", "第六条第（二）项", kind, "原文", Optional.empty(), Optional.empty(), quota, Optional.empty(),
                Optional.empty(), Optional.empty(), supervision, Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    @DisplayName("DC-6.2, a quota: 每年至少 2 次：代表之家、代表联络站接待群众")
    void quota() {
        Quota quota = new Quota(List.of("STATION_RECEPTION"), 2, Optional.empty(), new Window(WindowType.CALENDAR_YEAR, Optional.empty()),
                Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(RuleSentence.of(rule(RuleKind.QUOTA, Optional.of(quota), Optional.empty()), PROFILE))
                .isEqualTo("每年至少 2 次：代表之家、代表联络站接待群众");
    }

    @Test
    @DisplayName("DC-9.6, a supervision rule: a rolling year without a reception is an interview, then persuasion to resign")
    void supervision() {
        Supervision supervision = new Supervision(new Trigger("MISSING_RECORDS", List.of(), List.of(List.of("STATION_RECEPTION")),
                Optional.of("ALL"), Optional.empty(), new Window(WindowType.ROLLING, Optional.of("P1Y")), false, false, Optional.empty()), Optional.empty(),
                List.of(new SupervisionStep(Optional.empty(), Optional.empty(), "INTERVIEW", "WORK_COMMITTEE_DIRECTOR", List.of(), Optional.empty()),
                        new SupervisionStep(Optional.empty(), Optional.of("UNRESOLVED"), "PERSUADE_TO_RESIGN", "STANDING_COMMITTEE",
                                List.of(), Optional.empty())));

        assertThat(RuleSentence.of(rule(RuleKind.SUPERVISION, Optional.empty(), Optional.of(supervision)), PROFILE))
                .startsWith("任意连续1年内没有代表之家、代表联络站接待群众记录：约谈（")
                .contains("；仍未改进的，劝辞（");
    }

    @Test
    @DisplayName("a ranking rule: two years running in the bottom two of the congress is a cautionary talk")
    void ranking() {
        Ranking bottomTwo = new Ranking(Optional.empty(), Optional.empty(), Optional.of(2), Optional.empty(), Optional.empty(), List.of(),
                Optional.empty());
        Supervision supervision = new Supervision(new Trigger("RANKING", List.of(), List.of(), Optional.empty(), Optional.of(2),
                new Window(WindowType.CALENDAR_YEAR, Optional.empty()), false, false, Optional.of(bottomTwo)), Optional.empty(),
                List.of(new SupervisionStep(Optional.empty(), Optional.empty(), "CAUTIONARY_TALK", "STANDING_COMMITTEE", List.of(),
                        Optional.empty())));

        assertThat(RuleSentence.of(rule(RuleKind.SUPERVISION, Optional.empty(), Optional.of(supervision)), PROFILE))
                .startsWith("连续 2 个计算期（").contains("积分在全体代表中排名后 2 名：诫勉谈话（");
    }

    @Test
    @DisplayName("a conduct rule is told by its summary, with how the platform treats it")
    void conduct() {
        assertThat(RuleSentence.of(rule(RuleKind.CONDUCT, Optional.empty(), Optional.empty()), PROFILE)).isEqualTo("平台执行：原文");
    }
}
