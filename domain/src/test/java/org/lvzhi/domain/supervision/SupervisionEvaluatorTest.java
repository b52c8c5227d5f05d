package org.lvzhi.domain.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.lvzhi.domain.compliance.DutyFixtures.DEPUTY;
import static org.lvzhi.domain.compliance.DutyFixtures.TERM;
import static org.lvzhi.domain.compliance.DutyFixtures.approved;
import static org.lvzhi.domain.compliance.DutyFixtures.confirmed;
import static org.lvzhi.domain.compliance.DutyFixtures.holding;
import static org.lvzhi.domain.compliance.DutyFixtures.ordinaryDeputy;
import static org.lvzhi.domain.compliance.DutyFixtures.pending;
import static org.lvzhi.domain.compliance.DutyFixtures.profileOf;
import static org.lvzhi.domain.compliance.DutyFixtures.unapproved;
import static org.lvzhi.domain.compliance.DutyFixtures.unapprovedAfterConfirming;
import static org.lvzhi.domain.policy.ProfileFixtures.atThreshold;
import static org.lvzhi.domain.policy.ProfileFixtures.calendarYear;
import static org.lvzhi.domain.policy.ProfileFixtures.date;
import static org.lvzhi.domain.policy.ProfileFixtures.missingAtSession;
import static org.lvzhi.domain.policy.ProfileFixtures.missingRecords;
import static org.lvzhi.domain.policy.ProfileFixtures.rolling;
import static org.lvzhi.domain.policy.ProfileFixtures.ruleOf;
import static org.lvzhi.domain.policy.ProfileFixtures.step;
import static org.lvzhi.domain.policy.ProfileFixtures.supervisionRule;
import static org.lvzhi.domain.policy.ProfileFixtures.term;
import static org.lvzhi.domain.policy.ProfileFixtures.unapprovedAbsence;
import static org.lvzhi.domain.policy.ProfileFixtures.whenUnresolved;
import static org.lvzhi.domain.shared.ViolationAssertions.violationOf;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.compliance.DateRange;
import org.lvzhi.domain.compliance.DeputyAttributes;
import org.lvzhi.domain.deputy.Position;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.policy.Audience;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.Enforcement;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.policy.RuleKind;
import org.lvzhi.domain.policy.Supervision;
import org.lvzhi.domain.policy.SupervisionStep;
import org.lvzhi.domain.policy.Trigger;

class SupervisionEvaluatorTest {

    private static final PolicyRule SESSION_ABSENCE = supervisionRule("QH-11.3", unapprovedAbsence(List.of(Absence.SESSION),
            new SupervisionStep(Optional.of(1), Optional.empty(), "INTERVIEW", "DELEGATION_HEAD", List.of("ELECTING_UNIT"), Optional.empty()),
            atThreshold(2, "TERMINATION", "STANDING_COMMITTEE")));
    private static final PolicyRule ACTIVITY_ABSENCE = supervisionRule("QH-11.5", new Supervision(
            new Trigger("UNAPPROVED_ABSENCE", List.of("TRAINING", "INSPECTION"), List.of(), Optional.empty(), Optional.empty(), term(), true, false, Optional.empty()),
            Optional.empty(), List.of(atThreshold(2, "CIRCULATED_NOTICE", "GENERAL_OFFICE"), whenUnresolved("INTERVIEW", "ELECTING_UNIT"))));
    private static final List<List<String>> SPEECH_AND_SUGGESTION = List.of(List.of("SESSION_SPEECH"), List.of("SUGGESTION", "MOTION"));
    private static final PolicyRule NO_SPEECH_OR_NO_SUGGESTION =
            supervisionRule("DC-9.2", missingAtSession("ANY", 2, SPEECH_AND_SUGGESTION, step("INTERVIEW", "DELEGATION_HEAD")));
    private static final PolicyRule NO_SPEECH_AND_NO_SUGGESTION =
            supervisionRule("QH-11.4", missingAtSession("ALL", 2, SPEECH_AND_SUGGESTION, step("INTERVIEW", "DELEGATION_HEAD")));
    /** The term's sessions: one each January, from the 10th to the 16th. */
    private static final List<DateRange> SESSIONS = IntStream.rangeClosed(2023, 2027)
            .mapToObj(year -> new DateRange(LocalDate.of(year, 1, 10), LocalDate.of(year, 1, 16))).toList();
    private static final PolicyRule NO_RECEPTION_FOR_A_YEAR = supervisionRule("DC-9.6", missingRecords("ALL", null, rolling("P1Y"),
            List.of(List.of("STATION_RECEPTION")), step("INTERVIEW", "WORK_COMMITTEE_DIRECTOR"),
            whenUnresolved("PERSUADE_TO_RESIGN", "STANDING_COMMITTEE")));

    private static List<CaseOpening> evaluate(PolicyRule rule, String on, List<DutyRecord> records, List<Absence> absences,
            SupervisionCase... cases) {
        return evaluate(profileOf(rule), ordinaryDeputy(), on, records, absences, cases);
    }

    private static List<CaseOpening> evaluate(EffectiveProfile profile, DeputyAttributes deputy, String on, List<DutyRecord> records,
            List<Absence> absences, SupervisionCase... cases) {
        SupervisionFacts facts = new SupervisionFacts(DEPUTY, TERM, deputy, records, absences, SESSIONS, List.of(cases));
        List<CaseOpening> openings = SupervisionEvaluator.evaluate(profile, facts, date(on));
        // The nightly run judges only the records the profile's plan keeps: every case here must come out the same.
        SupervisionFacts planned = new SupervisionFacts(DEPUTY, TERM, deputy,
                SupervisionPlan.of(profile, TERM, SESSIONS, date(on)).keep(facts.records()), absences, SESSIONS, List.of(cases));
        assertThat(SupervisionEvaluator.evaluate(profile, planned, date(on))).isEqualTo(openings);
        return openings;
    }

    private static SupervisionCase opened(CaseOpening opening, String on) {
        return SupervisionCase.open(DEPUTY, opening, date(on));
    }

    @Nested
    class UnapprovedAbsences {

        @Test
        @DisplayName("QH-11.3: one session missed without approval opens an interview by the delegation head, naming the absence")
        void oneSessionOpensInterview() {
            Absence missed = unapproved(Absence.SESSION, "2025-01-15");

            var openings = evaluate(SESSION_ABSENCE, "2025-01-20", List.of(), List.of(missed));

            assertThat(openings).singleElement().satisfies(o -> {
                assertThat(o.action()).isEqualTo("INTERVIEW");
                assertThat(o.actor()).isEqualTo("DELEGATION_HEAD");
                assertThat(o.alternatives()).containsExactly("ELECTING_UNIT");
                assertThat(o.step()).isEqualTo(1);
                assertThat(o.evidence()).containsExactly(missed.id().toString());
                assertThat(o.triggerKey()).isEqualTo("SESSION@2023-01-01:1");
            });
        }

        @Test
        @DisplayName("QH-11.3: a second missed session opens the termination, and the interview already open is not opened again")
        void secondSessionOpensTermination() {
            var first = evaluate(SESSION_ABSENCE, "2025-01-20", List.of(), List.of(unapproved(Absence.SESSION, "2025-01-15")));
            var absences = List.of(unapproved(Absence.SESSION, "2025-01-15"), unapproved(Absence.SESSION, "2026-01-14"));

            var openings = evaluate(SESSION_ABSENCE, "2026-01-20", List.of(), absences, opened(first.getFirst(), "2025-01-20"));

            assertThat(openings).extracting(CaseOpening::action, CaseOpening::step).containsExactly(tuple("TERMINATION", 2));
            assertThat(openings.getFirst().evidence()).hasSize(2);
        }

        @Test
        @DisplayName("missing single meetings of a session, or a session with approved leave, is not missing a session")
        void meetingsAndApprovedLeaveDoNotCount() {
            var absences = List.of(unapproved(Absence.SESSION_MEETING, "2025-01-15"), unapproved(Absence.SESSION_MEETING, "2025-01-16"),
                    approved(Absence.SESSION, "2026-01-14"));

            assertThat(evaluate(SESSION_ABSENCE, "2026-01-20", List.of(), absences)).isEmpty();
        }

        @Test
        @DisplayName("absences outside the term, or after the date judged, do not count")
        void onlyAbsencesOfTheTermUpToTheDate() {
            var absences = List.of(unapproved(Absence.SESSION, "2022-01-15"), unapproved(Absence.SESSION, "2026-02-01"));

            assertThat(evaluate(SESSION_ABSENCE, "2026-01-20", List.of(), absences)).isEmpty();
        }

        @Test
        @DisplayName("QH-11.5 counts only absences from activities the deputy had confirmed attending")
        void confirmedOnly() {
            var absences = List.of(unapproved("TRAINING", "2025-03-01"), unapprovedAfterConfirming("INSPECTION", "2025-05-01"));

            assertThat(evaluate(ACTIVITY_ABSENCE, "2025-06-01", List.of(), absences)).isEmpty();
        }

        @Test
        @DisplayName("QH-11.5: the interview opens only once the circulated notice was closed as unresolved")
        void interviewFollowsUnresolvedNotice() {
            var absences = List.of(unapprovedAfterConfirming("TRAINING", "2025-03-01"), unapprovedAfterConfirming("INSPECTION", "2025-05-01"));
            CaseOpening notice = evaluate(ACTIVITY_ABSENCE, "2025-06-01", List.of(), absences).getFirst();
            SupervisionCase open = opened(notice, "2025-06-01");

            assertThat(notice.action()).isEqualTo("CIRCULATED_NOTICE");
            assertThat(evaluate(ACTIVITY_ABSENCE, "2025-07-01", List.of(), absences, open)).isEmpty();
            assertThat(evaluate(ACTIVITY_ABSENCE, "2025-09-01", List.of(), absences,
                    open.close(CaseOutcome.RESOLVED, "已通报，代表已参加后续活动", "办公厅", date("2025-08-01")))).isEmpty();

            SupervisionCase unresolved = open.close(CaseOutcome.UNRESOLVED, "通报后仍不参加", "办公厅", date("2025-08-01"));
            var openings = evaluate(ACTIVITY_ABSENCE, "2025-09-01", List.of(), absences, unresolved);

            assertThat(openings).singleElement().satisfies(o -> {
                assertThat(o.action()).isEqualTo("INTERVIEW");
                assertThat(o.actor()).isEqualTo("ELECTING_UNIT");
                assertThat(o.step()).isEqualTo(2);
                assertThat(o.triggerKey()).isEqualTo(notice.triggerKey() + ":next");
                assertThat(o.evidence()).first().isEqualTo(unresolved.id().toString());
            });
            assertThat(evaluate(ACTIVITY_ABSENCE, "2025-10-01", List.of(), absences, unresolved, opened(openings.getFirst(), "2025-09-01")))
                    .isEmpty();
        }

        @Test
        @DisplayName("JD-29: two absence triggers under one rule id open a case each")
        void triggersUnderOneIdDoNotShareKeys() {
            var sessions = supervisionRule("JD-29", unapprovedAbsence(List.of(Absence.SESSION), atThreshold(1, "INTERVIEW", "QUALIFICATION_COMMITTEE")));
            var activities = supervisionRule("JD-29", unapprovedAbsence(List.of("TRAINING"), atThreshold(1, "INTERVIEW", "QUALIFICATION_COMMITTEE")));
            var absences = List.of(unapproved(Absence.SESSION, "2025-01-15"), unapproved("TRAINING", "2025-03-01"));

            assertThat(evaluate(profileOf(sessions, activities), ordinaryDeputy(), "2025-04-01", List.of(), absences)).hasSize(2);
        }
    }

    @Nested
    class MissingRecordsInCalendarYears {

        private final List<DutyRecord> speechesOnly = List.of(confirmed("SESSION_SPEECH", "2024-01-15"), confirmed("SESSION_SPEECH", "2025-01-14"));

        @Test
        @DisplayName("DC-9.2: speeches but no suggestion in two consecutive years opens an interview, naming every year of the run")
        void anyGroupMissing() {
            var openings = evaluate(NO_SPEECH_OR_NO_SUGGESTION, "2026-01-05", speechesOnly, List.of());

            assertThat(openings).singleElement().satisfies(o -> {
                assertThat(o.action()).isEqualTo("INTERVIEW");
                assertThat(o.triggerKey()).isEqualTo("SESSION_SPEECH|SUGGESTION+MOTION@2023");
                assertThat(o.evidence()).containsExactly("2023年人民代表大会会议期间没有已确认的“大会审议发言”、“提出建议、批评和意见或提出议案”记录",
                        "2024年人民代表大会会议期间没有已确认的“提出建议、批评和意见或提出议案”记录",
                        "2025年人民代表大会会议期间没有已确认的“提出建议、批评和意见或提出议案”记录");
            });
        }

        @Test
        @DisplayName("QH-11.4: the same facts open nothing, as it needs both the speech and the suggestion missing")
        void allGroupsMissing() {
            assertThat(evaluate(NO_SPEECH_AND_NO_SUGGESTION, "2026-01-05", speechesOnly, List.of())).isEmpty();
            assertThat(evaluate(NO_SPEECH_AND_NO_SUGGESTION, "2026-01-05", List.of(), List.of())).hasSize(1);
        }

        @Test
        @DisplayName("one good year in between breaks the run; a pending suggestion does not")
        void runMustBeConsecutive() {
            var suggestion2025 = List.of(confirmed("SUGGESTION", "2025-01-14"));

            assertThat(evaluate(NO_SPEECH_AND_NO_SUGGESTION, "2026-01-05", suggestion2025, List.of())).isEmpty();
            assertThat(evaluate(NO_SPEECH_AND_NO_SUGGESTION, "2026-01-05", List.of(pending("SUGGESTION", "2025-01-14")), List.of())).hasSize(1);
        }

        @Test
        @DisplayName("only completed years count, and both must meet the term")
        void completedYearsOfTheTerm() {
            assertThat(evaluate(NO_SPEECH_AND_NO_SUGGESTION, "2024-06-01", List.of(), List.of())).isEmpty();
            assertThat(evaluate(NO_SPEECH_AND_NO_SUGGESTION, "2025-01-01", List.of(), List.of()))
                    .extracting(CaseOpening::triggerKey).containsExactly("SESSION_SPEECH|SUGGESTION+MOTION@2023");
        }

        @Test
        @Tag("DC-9.2")
        @DisplayName("DC-9.2 “连续两年在区人民代表大会会议期间不发表审议意见或不提交建议、批评和意见的，由所在代表团团长进行约谈”: suggestions filed in recess do not count, one at the session does")
        void onlyWhatIsDoneAtTheSessionCounts() {
            var speeches = List.of(confirmed("SESSION_SPEECH", "2024-01-15"), confirmed("SESSION_SPEECH", "2025-01-14"));
            var inRecess = List.of(confirmed("SUGGESTION", "2024-01-17"), confirmed("SUGGESTION", "2025-06-01"));
            var lastDayOfTheSession = List.of(confirmed("SUGGESTION", "2025-01-16"));

            assertThat(evaluate(NO_SPEECH_OR_NO_SUGGESTION, "2026-01-05", concat(speeches, inRecess), List.of()))
                    .extracting(CaseOpening::action, CaseOpening::actor).containsExactly(tuple("INTERVIEW", "DELEGATION_HEAD"));
            assertThat(evaluate(NO_SPEECH_OR_NO_SUGGESTION, "2026-01-05", concat(speeches, lastDayOfTheSession), List.of())).isEmpty();
        }

        @Test
        @Tag("DC-9.2")
        @DisplayName("DC-9.2 “在一个任期内连续两年…不发表审议意见”: a deputy silent at the sessions of 2023–2026 gets one interview, not one per pair of years")
        void oneCasePerRunOfYears() {
            var first = evaluate(NO_SPEECH_OR_NO_SUGGESTION, "2025-02-01", List.of(), List.of());
            assertThat(first).extracting(CaseOpening::triggerKey).containsExactly("SESSION_SPEECH|SUGGESTION+MOTION@2023");
            SupervisionCase interview = opened(first.getFirst(), "2025-02-01");

            assertThat(evaluate(NO_SPEECH_OR_NO_SUGGESTION, "2026-02-01", List.of(), List.of(), interview)).isEmpty();
            assertThat(evaluate(NO_SPEECH_OR_NO_SUGGESTION, "2027-02-01", List.of(), List.of(), interview)).isEmpty();
        }

        @Test
        @Tag("QH-11.4")
        @DisplayName("QH-11.4 “在一个任期内连续两年在省人民代表大会会议的联组会议、分组会议上，不发言也不提交意见建议的”: both missing at the sessions of two years opens the interview; a speech at one session breaks it")
        void neitherSpeechNorSuggestionAtTwoSessions() {
            var inRecessOnly = List.of(confirmed("SUGGESTION", "2024-05-01"), confirmed("SUGGESTION", "2025-05-01"));

            assertThat(evaluate(NO_SPEECH_AND_NO_SUGGESTION, "2026-01-05", inRecessOnly, List.of()))
                    .extracting(CaseOpening::action, CaseOpening::actor, CaseOpening::alternatives)
                    .containsExactly(tuple("INTERVIEW", "DELEGATION_HEAD", List.of()));
            assertThat(evaluate(NO_SPEECH_AND_NO_SUGGESTION, "2026-01-05",
                    concat(inRecessOnly, List.of(confirmed("SESSION_SPEECH", "2025-01-10"))), List.of())).isEmpty();
        }

        @Test
        @Tag("QH-11.4")
        @DisplayName("QH-11.4 “连续两年”: a year in which no session sat breaks the run")
        void aYearWithoutASessionBreaksTheRun() {
            var facts = new SupervisionFacts(DEPUTY, TERM, ordinaryDeputy(), List.of(), List.of(),
                    List.of(new DateRange(date("2023-01-10"), date("2023-01-16")), new DateRange(date("2025-01-10"), date("2025-01-16"))),
                    List.of());

            assertThat(SupervisionEvaluator.evaluate(profileOf(NO_SPEECH_AND_NO_SUGGESTION), facts, date("2026-01-05"))).isEmpty();
        }

        private static List<DutyRecord> concat(List<DutyRecord> first, List<DutyRecord> second) {
            return Stream.concat(first.stream(), second.stream()).toList();
        }
    }

    @Nested
    class MissingRecordsOverTheTermOrARollingPeriod {

        private final PolicyRule noMotionInTerm = supervisionRule("JD-29", missingRecords("ANY", 1, term(),
                List.of(List.of("MOTION", "SUGGESTION")), step("INTERVIEW", "QUALIFICATION_COMMITTEE")));

        @Test
        @DisplayName("JD-29: no motion or suggestion over the term opens a case on the term's last day, not before")
        void termWindowWaitsForTheLastDay() {
            assertThat(evaluate(noMotionInTerm, "2027-12-30", List.of(), List.of())).isEmpty();
            assertThat(evaluate(noMotionInTerm, "2027-12-31", List.of(), List.of()))
                    .extracting(CaseOpening::triggerKey).containsExactly("MOTION+SUGGESTION@2023-01-01");
            assertThat(evaluate(noMotionInTerm, "2028-01-02", List.of(confirmed("SUGGESTION", "2025-01-10")), List.of())).isEmpty();
        }

        @Test
        @DisplayName("DC-9.6: a year or more without a station reception opens an interview, keyed by the last reception")
        void rollingYearWithoutContact() {
            var records = List.of(confirmed("STATION_RECEPTION", "2024-03-15"));

            assertThat(evaluate(NO_RECEPTION_FOR_A_YEAR, "2025-03-14", records, List.of())).isEmpty();
            assertThat(evaluate(NO_RECEPTION_FOR_A_YEAR, "2025-03-15", records, List.of())).singleElement().satisfies(o -> {
                assertThat(o.triggerKey()).isEqualTo("STATION_RECEPTION@2024-03-15");
                assertThat(o.evidence()).containsExactly("2024-03-16至2025-03-15没有已确认的“联络站接待群众”记录", "2024-03-15之后没有已确认的相关记录");
            });
        }

        @Test
        @DisplayName("DC-9.6: a lapse is one case however long it lasts; a new lapse after a new reception is a new case")
        void oneCasePerLapse() {
            var firstLapse = evaluate(NO_RECEPTION_FOR_A_YEAR, "2025-03-15", List.of(confirmed("STATION_RECEPTION", "2024-03-15")), List.of());
            SupervisionCase interview = opened(firstLapse.getFirst(), "2025-03-15");
            var laterRecords = List.of(confirmed("STATION_RECEPTION", "2024-03-15"), confirmed("STATION_RECEPTION", "2025-06-01"));

            assertThat(evaluate(NO_RECEPTION_FOR_A_YEAR, "2025-05-01", laterRecords.subList(0, 1), List.of(), interview)).isEmpty();
            assertThat(evaluate(NO_RECEPTION_FOR_A_YEAR, "2026-06-01", laterRecords, List.of(), interview))
                    .extracting(CaseOpening::triggerKey).containsExactly("STATION_RECEPTION@2025-06-01");
        }

        @Test
        @DisplayName("a deputy in office for less than the period is not yet out of contact for it")
        void notBeforeAFullPeriodInOffice() {
            assertThat(evaluate(NO_RECEPTION_FOR_A_YEAR, "2023-12-30", List.of(), List.of())).isEmpty();
            assertThat(evaluate(NO_RECEPTION_FOR_A_YEAR, "2023-12-31", List.of(), List.of()))
                    .extracting(CaseOpening::triggerKey).containsExactly("STATION_RECEPTION@2023-01-01");
        }
    }

    @Nested
    class WhichRulesApply {

        @Test
        @DisplayName("a rule for an audience opens nothing for a deputy outside it")
        void audience() {
            var membersOnly = supervisionRule("X-1", new Supervision(
                    new Trigger("UNAPPROVED_ABSENCE", List.of(Absence.SESSION), List.of(), Optional.empty(), Optional.empty(), term(), false, false, Optional.empty()),
                    Optional.of(new Audience(Optional.empty(), Optional.empty(), Optional.empty(), List.of("STANDING_COMMITTEE_MEMBER"))),
                    List.of(atThreshold(1, "INTERVIEW", "CHAIR"))));
            var absences = List.of(unapproved(Absence.SESSION, "2025-01-15"));

            assertThat(evaluate(profileOf(membersOnly), ordinaryDeputy(), "2025-02-01", List.of(), absences)).isEmpty();
            assertThat(evaluate(profileOf(membersOnly), holding(Position.STANDING_COMMITTEE_MEMBER), "2025-02-01", List.of(), absences)).hasSize(1);
        }

        @Test
        @DisplayName("a supervision rule the platform only records opens nothing")
        void recordOnly() {
            var recordOnly = ruleOf("X-2", RuleKind.SUPERVISION).supervision(SESSION_ABSENCE.supervision().orElseThrow())
                    .enforcement(Enforcement.RECORD_ONLY).reason("只登记").build();

            assertThat(evaluate(recordOnly, "2025-02-01", List.of(), List.of(unapproved(Absence.SESSION, "2025-01-15")))).isEmpty();
        }
    }

    @Nested
    class Discretionary {

        private final PolicyRule byJudgement = supervisionRule("JD-29", new Supervision(
                new Trigger("DISCRETIONARY", List.of(), List.of(), Optional.empty(), Optional.empty(), term(), false, false, Optional.empty()), Optional.empty(),
                List.of(new SupervisionStep(Optional.empty(), Optional.empty(), "INTERVIEW", "QUALIFICATION_COMMITTEE", List.of("GROUP_LEADER"),
                                Optional.of("MINOR")),
                        new SupervisionStep(Optional.empty(), Optional.empty(), "ADMONITION", "QUALIFICATION_COMMITTEE", List.of("GROUP_LEADER"),
                                Optional.of("SERIOUS")))));

        @Test
        @DisplayName("JD-29: a discretionary rule never opens a case by itself")
        void neverAutomatic() {
            assertThat(evaluate(byJudgement, "2026-06-01", List.of(), List.of(unapproved(Absence.SESSION, "2025-01-15")))).isEmpty();
        }

        @Test
        @DisplayName("JD-29: staff judging a case minor open an interview, serious an admonition, with their reason as evidence")
        void stepBySeverity() {
            CaseOpening minor = SupervisionEvaluator.discretionary(byJudgement, "MINOR", "无故不参加小组活动");
            CaseOpening serious = SupervisionEvaluator.discretionary(profileOf(byJudgement), "JD-29", "SERIOUS", "多次不联系群众");

            assertThat(minor).extracting(CaseOpening::action, CaseOpening::step, CaseOpening::evidence)
                    .containsExactly("INTERVIEW", 1, List.of("无故不参加小组活动"));
            assertThat(serious).extracting(CaseOpening::action, CaseOpening::step).containsExactly("ADMONITION", 2);
            assertThat(minor.triggerKey()).isNotEqualTo(SupervisionEvaluator.discretionary(byJudgement, "MINOR", "再次").triggerKey());
        }

        @Test
        @DisplayName("a severity the rule has no step for is refused")
        void unknownSeverity() {
            assertThat(violationOf(() -> SupervisionEvaluator.discretionary(byJudgement, "GRAVE", "理由")).field()).isEqualTo("severity");
        }
    }
}
