package org.lvzhi.domain.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.lvzhi.domain.compliance.DutyFixtures.DEPUTY;
import static org.lvzhi.domain.compliance.DutyFixtures.TERM;
import static org.lvzhi.domain.compliance.DutyFixtures.confirmed;
import static org.lvzhi.domain.compliance.DutyFixtures.ordinaryDeputy;
import static org.lvzhi.domain.compliance.DutyFixtures.profileOf;
import static org.lvzhi.domain.compliance.DutyFixtures.unapproved;
import static org.lvzhi.domain.policy.ProfileFixtures.atThreshold;
import static org.lvzhi.domain.policy.ProfileFixtures.calendarYear;
import static org.lvzhi.domain.policy.ProfileFixtures.date;
import static org.lvzhi.domain.policy.ProfileFixtures.missingRecords;
import static org.lvzhi.domain.policy.ProfileFixtures.rolling;
import static org.lvzhi.domain.policy.ProfileFixtures.step;
import static org.lvzhi.domain.policy.ProfileFixtures.supervisionRule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.compliance.DateRange;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.policy.Supervision;
import org.lvzhi.domain.policy.Trigger;
import org.lvzhi.domain.policy.Window;

/** Cases judged again when facts change: withdrawn, reopened, extended, the same whatever the order facts arrive in. */
class SupervisionRejudgmentTest {

    private static final List<DateRange> SESSIONS = List.of();
    private static final List<List<String>> CONTACT = List.of(List.of("PUBLIC_CONTACT"));
    /** "一年内未联系群众的，约谈": each calendar year on its own. */
    private static final PolicyRule NO_CONTACT_IN_A_YEAR = supervisionRule("T-1", missingRecords("ALL", 1, calendarYear(), CONTACT,
            step("INTERVIEW", "WORK_COMMITTEE_DIRECTOR")));
    /** "连续两年未联系群众的，告诫": a run of two calendar years or more. */
    private static final PolicyRule NO_CONTACT_TWO_YEARS_RUNNING = supervisionRule("T-2", missingRecords("ALL", 2, calendarYear(), CONTACT,
            step("ADMONITION", "STANDING_COMMITTEE")));
    /** "无故缺席本级人民代表大会会议的，约谈", counted per calendar year. */
    private static final PolicyRule SESSION_MISSED_IN_A_YEAR = supervisionRule("T-3", absences(calendarYear()));
    /** "一年内两次无故缺席的，通报", over any twelve months. */
    private static final PolicyRule TWICE_IN_TWELVE_MONTHS = supervisionRule("T-4", new Supervision(
            new Trigger("UNAPPROVED_ABSENCE", List.of(Absence.SESSION), List.of(), Optional.empty(), Optional.empty(), rolling("P1Y"), false, false, Optional.empty()),
            Optional.empty(), List.of(atThreshold(2, "CIRCULATED_NOTICE", "GENERAL_OFFICE"))));

    private static Supervision absences(Window window) {
        return new Supervision(new Trigger("UNAPPROVED_ABSENCE", List.of(Absence.SESSION), List.of(), Optional.empty(), Optional.empty(),
                window, false, false, Optional.empty()), Optional.empty(), List.of(atThreshold(1, "INTERVIEW", "DELEGATION_HEAD")));
    }

    /** The deputy's cases as the platform keeps them: each fact filed judges the term again and applies what changed. */
    private static final class Docket {

        private final Function<LocalDate, EffectiveProfile> profileOn;
        private final List<DutyRecord> records = new ArrayList<>();
        private final List<Absence> absences = new ArrayList<>();
        private final List<SupervisionCase> cases = new ArrayList<>();

        Docket(Function<LocalDate, EffectiveProfile> profileOn) {
            this.profileOn = profileOn;
        }

        Docket(PolicyRule... rules) {
            this(date -> profileOf(rules));
        }

        Docket file(String today, List<DutyRecord> newRecords, List<Absence> newAbsences) {
            records.addAll(newRecords);
            absences.addAll(newAbsences);
            return judge(today);
        }

        Docket remove(String today, DutyRecord record) {
            records.remove(record);
            return judge(today);
        }

        Docket judge(String today) {
            Rejudgment changes = SupervisionEvaluator.judge(profileOn,
                    new SupervisionFacts(DEPUTY, TERM, ordinaryDeputy(), records, absences, SESSIONS, cases), date(today));
            Stream.concat(changes.regrounded().stream(), changes.withdrawn().stream())
                    .forEach(changed -> cases.replaceAll(c -> c.id().equals(changed.id()) ? changed : c));
            changes.openings().forEach(opening -> cases.add(SupervisionCase.open(DEPUTY, opening, date(today))));
            return this;
        }

        List<SupervisionCase> open() {
            return cases.stream().filter(SupervisionCase::open).toList();
        }

        List<SupervisionCase> withdrawn() {
            return cases.stream().filter(c -> c.state() == CaseState.WITHDRAWN).toList();
        }

        List<String> openKeys() {
            return open().stream().map(c -> c.rule() + " " + c.triggerKey()).sorted().toList();
        }
    }

    /** A docket under a profile whose version from the date no longer has the rule. */
    private static Docket repealedFrom(String from, PolicyRule rule) {
        EffectiveProfile withRule = profileOf(rule);
        EffectiveProfile repealed = profileOf();
        return new Docket(date -> date.isBefore(date(from)) ? withRule : repealed);
    }

    private static List<DutyRecord> contactsIn(int... years) {
        return Arrays.stream(years).mapToObj(year -> confirmed("PUBLIC_CONTACT", year + "-05-01")).toList();
    }

    @Test
    @DisplayName("last year's records entered one at a time in January: the case the first entries opened is withdrawn with its reason once the contact arrives")
    void recordsEnteredOneAtATime() {
        Docket docket = new Docket(NO_CONTACT_IN_A_YEAR).file("2026-01-05", contactsIn(2023, 2024), List.of());
        assertThat(docket.openKeys()).containsExactly("T-1 PUBLIC_CONTACT@2025");

        docket.file("2026-01-06", List.of(confirmed("TRAINING", "2025-03-01")), List.of());
        assertThat(docket.openKeys()).containsExactly("T-1 PUBLIC_CONTACT@2025");

        docket.file("2026-01-07", List.of(confirmed("PUBLIC_CONTACT", "2025-11-20")), List.of());
        assertThat(docket.open()).isEmpty();
        assertThat(docket.withdrawn()).singleElement().satisfies(c -> {
            assertThat(c.closedOn()).contains(date("2026-01-07"));
            assertThat(c.outcome()).isEmpty();
            assertThat(c.note().orElseThrow()).startsWith("重新审查后，T-1").contains("2025年没有已确认的");
            assertThat(c.grounds().windows()).containsExactly(DateRange.year(2025));
        });
    }

    @Test
    @DisplayName("the same facts entered at once, in date order or in reverse end in the same cases: 2024 without contact, two absences in 2025")
    void orderIndependent() {
        List<DutyRecord> records = List.of(confirmed("PUBLIC_CONTACT", "2023-04-01"), confirmed("PUBLIC_CONTACT", "2025-02-01"),
                confirmed("PUBLIC_CONTACT", "2025-08-01"));
        List<Absence> absences = List.of(unapproved(Absence.SESSION, "2025-01-12"), unapproved(Absence.SESSION, "2025-09-20"));
        PolicyRule[] rules = {NO_CONTACT_IN_A_YEAR, SESSION_MISSED_IN_A_YEAR, TWICE_IN_TWELVE_MONTHS};
        List<String> expected = List.of("T-1 PUBLIC_CONTACT@2024", "T-3 SESSION@2025-01-01:1", "T-4 SESSION@2025-01-12:2");

        Docket atOnce = new Docket(rules).file("2026-01-20", records, absences);
        Docket forward = new Docket(rules);
        Docket backward = new Docket(rules);
        for (int i = 0; i < records.size(); i++) {
            forward.file("2026-01-20", List.of(records.get(i)), List.of());
            backward.file("2026-01-20", List.of(records.get(records.size() - 1 - i)), List.of());
        }
        absences.forEach(a -> forward.file("2026-01-20", List.of(), List.of(a)));
        absences.reversed().forEach(a -> backward.file("2026-01-20", List.of(), List.of(a)));

        assertThat(atOnce.openKeys()).isEqualTo(expected);
        assertThat(forward.openKeys()).isEqualTo(expected);
        assertThat(backward.openKeys()).isEqualTo(expected);
        assertThat(forward.open()).extracting(SupervisionCase::evidence).isEqualTo(atOnce.open().stream().map(SupervisionCase::evidence).toList());
        // Forward, 2025 was without contact until its first one arrived; backward, 2023 was.
        assertThat(forward.withdrawn()).extracting(SupervisionCase::triggerKey).containsExactly("PUBLIC_CONTACT@2025");
        assertThat(backward.withdrawn()).extracting(SupervisionCase::triggerKey).containsExactly("PUBLIC_CONTACT@2023");
    }

    @Test
    @DisplayName("an absence entered late for a past year is judged by that year's window")
    void lateFactForAPastYear() {
        Docket docket = new Docket(SESSION_MISSED_IN_A_YEAR).judge("2026-06-01");
        assertThat(docket.open()).isEmpty();

        Absence missed = unapproved(Absence.SESSION, "2024-01-12");
        docket.file("2026-06-01", List.of(), List.of(missed));

        assertThat(docket.open()).singleElement().satisfies(c -> {
            assertThat(c.triggerKey()).isEqualTo("SESSION@2024-01-01:1");
            assertThat(c.openedOn()).isEqualTo(date("2026-06-01"));
            assertThat(c.grounds().facts()).containsExactly(missed.id().toString());
            assertThat(c.grounds().windows()).containsExactly(DateRange.year(2024));
        });
    }

    @Test
    @DisplayName("a past window is judged by the profile version in force then: a rule repealed from 2025 still judges 2024, not 2025")
    void profileInForceThen() {
        Docket docket = repealedFrom("2025-01-01", SESSION_MISSED_IN_A_YEAR);

        docket.file("2026-03-01", List.of(), List.of(unapproved(Absence.SESSION, "2024-01-12"), unapproved(Absence.SESSION, "2025-01-12")));

        assertThat(docket.openKeys()).containsExactly("T-3 SESSION@2024-01-01:1");
    }

    @Test
    @DisplayName("a completed year is judged by the version in force on its last day: a rule repealed from 2026 still judges 2025")
    void completedYearByItsLastDay() {
        Docket docket = repealedFrom("2026-01-01", NO_CONTACT_IN_A_YEAR);

        docket.file("2026-03-01", contactsIn(2023, 2024), List.of());

        assertThat(docket.openKeys()).containsExactly("T-1 PUBLIC_CONTACT@2025");
    }

    @Test
    @DisplayName("连续两年: 2023–2024 without contact is one run, a contact in 2025 breaks it, 2026–2027 is a new run: two cases, each naming its years")
    void runBrokenByOneGoodYear() {
        Docket docket = new Docket(NO_CONTACT_TWO_YEARS_RUNNING).file("2028-01-01", contactsIn(2025), List.of());

        assertThat(docket.open()).extracting(SupervisionCase::triggerKey, c -> c.grounds().windows()).containsExactly(
                tuple("PUBLIC_CONTACT@2023", List.of(DateRange.year(2023), DateRange.year(2024))),
                tuple("PUBLIC_CONTACT@2026", List.of(DateRange.year(2026), DateRange.year(2027))));
    }

    @Test
    @DisplayName("连续两年 judged year after year: the run 2023–2026 is one case that grows to name each year, never one per overlapping pair")
    void overlappingWindowsOneCase() {
        Docket docket = new Docket(NO_CONTACT_TWO_YEARS_RUNNING).judge("2025-01-10");
        assertThat(docket.open()).singleElement().satisfies(c -> assertThat(c.evidence()).hasSize(2));

        docket.judge("2026-01-10").judge("2027-01-10");

        assertThat(docket.cases).singleElement().satisfies(c -> {
            assertThat(c.triggerKey()).isEqualTo("PUBLIC_CONTACT@2023");
            assertThat(c.evidence()).containsExactly("2023年没有已确认的“联系群众”记录", "2024年没有已确认的“联系群众”记录",
                    "2025年没有已确认的“联系群众”记录", "2026年没有已确认的“联系群众”记录");
            assertThat(c.openedOn()).isEqualTo(date("2025-01-10"));
        });
    }

    @Test
    @DisplayName("absences in overlapping twelve-month windows (2024-01, 2024-09, 2025-06) are one run: one notice, not one per window")
    void overlappingRollingWindowsOneCase() {
        Docket docket = new Docket(TWICE_IN_TWELVE_MONTHS).file("2025-07-01", List.of(), List.of(unapproved(Absence.SESSION, "2024-01-12"),
                unapproved(Absence.SESSION, "2024-09-01"), unapproved(Absence.SESSION, "2025-06-01")));

        assertThat(docket.openKeys()).containsExactly("T-4 SESSION@2024-01-12:2");
    }

    @Test
    @DisplayName("a case withdrawn when its ground went away opens anew when the ground comes back (the record is deleted)")
    void withdrawnThenSupportedAgain() {
        DutyRecord contact = confirmed("PUBLIC_CONTACT", "2025-05-01");
        Docket docket = new Docket(NO_CONTACT_IN_A_YEAR).file("2026-01-05", contactsIn(2023, 2024), List.of()).file("2026-01-05", List.of(contact), List.of());
        assertThat(docket.open()).isEmpty();

        docket.remove("2026-02-01", contact);

        assertThat(docket.withdrawn()).hasSize(1);
        assertThat(docket.open()).singleElement().satisfies(c -> {
            assertThat(c.triggerKey()).isEqualTo("PUBLIC_CONTACT@2025");
            assertThat(c.openedOn()).isEqualTo(date("2026-02-01"));
        });
    }

    @Test
    @DisplayName("a case a person closed, and one they opened at their discretion, stay as they are when the facts change")
    void personsVerdictsStay() {
        Docket docket = new Docket(NO_CONTACT_IN_A_YEAR).file("2026-01-05", contactsIn(2023, 2024), List.of());
        docket.cases.replaceAll(c -> c.close(CaseOutcome.RESOLVED, "已约谈", "liaison", date("2026-01-06")));
        docket.cases.add(SupervisionCase.open(DEPUTY, new CaseOpening("T-9", "第九条", "DISCRETIONARY:x", 1, "INTERVIEW", "CHAIR",
                List.of(), List.of("情节轻微")), date("2026-01-06")));

        docket.file("2026-01-07", contactsIn(2025), List.of());

        assertThat(docket.withdrawn()).isEmpty();
        assertThat(docket.cases).extracting(SupervisionCase::state).containsExactly(CaseState.CLOSED, CaseState.OPEN);
    }
}
