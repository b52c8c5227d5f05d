package org.lvzhi.tenants.scenarios;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lvzhi.domain.compliance.Compliance;
import org.lvzhi.domain.compliance.ComplianceEvaluator;
import org.lvzhi.domain.compliance.DateRange;
import org.lvzhi.domain.compliance.DeputyAttributes;
import org.lvzhi.domain.compliance.RecordTallies;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.Constituency;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.Position;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.duty.AbsenceId;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.supervision.CaseOpening;
import org.lvzhi.domain.supervision.SupervisionCase;
import org.lvzhi.domain.supervision.SupervisionEvaluator;
import org.lvzhi.domain.supervision.SupervisionFacts;

/**
 * Test helper: one deputy's seat in a congress for a term (2023–2027 unless given), the facts registered for it,
 * and the verdicts a profile gives on them.
 */
final class ScenarioDeputy {

    private final DeputyId id = DeputyId.random();
    private final Term term;
    private final DeputyAttributes attributes;
    private final List<DutyRecord> records = new ArrayList<>();
    private final List<Absence> absences = new ArrayList<>();
    private final List<DateRange> sessions = new ArrayList<>();

    private ScenarioDeputy(Term term, DeputyAttributes attributes) {
        this.term = term;
        this.attributes = attributes;
    }

    static ScenarioDeputy deputy(Position... positions) {
        return new ScenarioDeputy(new Term(TermId.random(), 1, day("2023-01-01"), day("2027-12-31")),
                new DeputyAttributes(false, false, Constituency.DISTRICT, Set.of(positions)));
    }

    /** A grassroots deputy (基层代表) of the 2023–2027 term. */
    static ScenarioDeputy grassrootsDeputy() {
        return new ScenarioDeputy(new Term(TermId.random(), 1, day("2023-01-01"), day("2027-12-31")),
                new DeputyAttributes(true, false, Constituency.DISTRICT, Set.of()));
    }

    /** A deputy of a term with the given first and last day (Qinghai's 14th: 2023-01-15 to 2028-01-14). */
    static ScenarioDeputy deputyOfTerm(String startsOn, String endsOn) {
        return new ScenarioDeputy(new Term(TermId.random(), 1, day(startsOn), day(endsOn)),
                new DeputyAttributes(false, false, Constituency.DISTRICT, Set.of()));
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    /** The same facts registered for the person's seat in another congress (its own term and deputy id, sessions on the same days). */
    ScenarioDeputy seatInAnotherCongress() {
        ScenarioDeputy other = new ScenarioDeputy(new Term(TermId.random(), 1, term.startsOn(), term.endsOn()), attributes);
        records.forEach(r -> other.records.add(DutyRecord.registered(other.id, r.type(), r.date(), Optional.empty(), r.counterpart(),
                Optional.empty(), "organiser")));
        other.sessions.addAll(sessions);
        absences.forEach(a -> other.absences.add(new Absence(AbsenceId.random(), other.id, a.from(), a.date(), Optional.empty(), a.approved(),
                a.confirmedAttendance())));
        return other;
    }

    ScenarioDeputy recorded(String type, String... dates) {
        Arrays.stream(dates).forEach(d -> records.add(
                DutyRecord.registered(id, type, day(d), Optional.empty(), Optional.empty(), Optional.empty(), "organiser")));
        return this;
    }

    /** Records of a type with one counterpart (a fixed contact, a voter, a deputy), one per date. */
    ScenarioDeputy recordedWith(String type, String counterpart, String... dates) {
        Arrays.stream(dates).forEach(d -> records.add(
                DutyRecord.registered(id, type, day(d), Optional.empty(), Optional.of(counterpart), Optional.empty(), "organiser")));
        return this;
    }

    /** A session of the congress sat from the first to the last day. */
    ScenarioDeputy sessionSat(String opensOn, String closesOn) {
        sessions.add(new DateRange(day(opensOn), day(closesOn)));
        return this;
    }

    ScenarioDeputy absentWithoutLeave(String from, String... dates) {
        Arrays.stream(dates).forEach(d -> absences.add(new Absence(AbsenceId.random(), id, from, day(d), Optional.empty(), false, false)));
        return this;
    }

    ScenarioDeputy absentAfterConfirming(String from, String... dates) {
        Arrays.stream(dates).forEach(d -> absences.add(new Absence(AbsenceId.random(), id, from, day(d), Optional.empty(), false, true)));
        return this;
    }

    Compliance compliance(EffectiveProfile profile, String on) {
        return ComplianceEvaluator.evaluate(profile, attributes, term, day(on), RecordTallies.of(records));
    }

    List<CaseOpening> openings(EffectiveProfile profile, String on, SupervisionCase... cases) {
        return SupervisionEvaluator.evaluate(profile, new SupervisionFacts(id, term, attributes, records, absences, sessions, List.of(cases)), day(on));
    }

    /** The openings of one rule id only: a scenario checks one rule while the rest of the profile also runs. */
    List<CaseOpening> openings(String rule, EffectiveProfile profile, String on, SupervisionCase... cases) {
        return openings(profile, on, cases).stream().filter(o -> o.rule().equals(rule)).toList();
    }

    SupervisionCase open(CaseOpening opening, String on) {
        return SupervisionCase.open(id, opening, day(on));
    }
}
