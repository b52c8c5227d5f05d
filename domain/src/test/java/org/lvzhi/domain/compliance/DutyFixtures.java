package org.lvzhi.domain.compliance;

import static org.lvzhi.domain.policy.ProfileFixtures.baseline;
import static org.lvzhi.domain.policy.ProfileFixtures.date;
import static org.lvzhi.domain.policy.ProfileFixtures.history;
import static org.lvzhi.domain.policy.ProfileFixtures.profile;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.Constituency;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.Position;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.duty.AbsenceId;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.policy.ActivityType;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.PointsScheme;
import org.lvzhi.domain.policy.PolicyProfile;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.policy.ProfileResolver;

/**
 * Test helper: one deputy of a term running 2023–2027, with small builders for the records, absences and
 * profiles compliance and supervision tests judge.
 */
public final class DutyFixtures {

    public static final DeputyId DEPUTY = DeputyId.random();
    public static final Term TERM = new Term(TermId.random(), 14, date("2023-01-01"), date("2027-12-31"));

    private DutyFixtures() {
    }

    /** A profile of the rules given over the fixture baseline, whose activity types give the Chinese names. */
    public static EffectiveProfile profileOf(PolicyRule... rules) {
        PolicyProfile own = profile("test").inherits(PolicyProfile.BASELINE).effectiveFrom("2018-01-01").rules(rules).build();
        return ProfileResolver.resolve("test", List.of(history(PolicyProfile.BASELINE, baseline()), history("test", own)), date("2026-01-01"));
    }

    public static DutyRecord confirmed(String type, String date) {
        return DutyRecord.registered(DEPUTY, type, date(date), Optional.empty(), Optional.empty(), Optional.empty(), "organiser");
    }

    /** A profile of the rules and the points scheme given, with its own activity types, over the fixture baseline. */
    public static EffectiveProfile profileOf(List<ActivityType> types, Optional<PointsScheme> points, PolicyRule... rules) {
        var builder = profile("test").inherits(PolicyProfile.BASELINE).effectiveFrom("2018-01-01")
                .types(types.toArray(ActivityType[]::new)).rules(rules);
        points.ifPresent(builder::points);
        return ProfileResolver.resolve("test", List.of(history(PolicyProfile.BASELINE, baseline()), history("test", builder.build())),
                date("2026-01-01"));
    }

    /** A confirmed record measuring the quantity of its type's unit. */
    public static DutyRecord measuring(String type, String date, String quantity) {
        return confirmed(type, date).measuring(new BigDecimal(quantity));
    }

    public static DutyRecord confirmed(String type, String date, String counterpart) {
        return DutyRecord.registered(DEPUTY, type, date(date), Optional.empty(), Optional.of(counterpart), Optional.empty(), "organiser");
    }

    public static DutyRecord pending(String type, String date) {
        return DutyRecord.selfRegistered(DEPUTY, type, date(date), Optional.empty(), Optional.empty(), "deputy");
    }

    public static DutyRecord rejected(String type, String date) {
        return pending(type, date).reject("材料不全");
    }

    /** An absence without approved leave, from an activity the deputy had not confirmed attending. */
    public static Absence unapproved(String from, String date) {
        return new Absence(AbsenceId.random(), DEPUTY, from, date(date), Optional.empty(), false, false);
    }

    /** An absence without approved leave, from an activity the deputy had confirmed attending. */
    public static Absence unapprovedAfterConfirming(String from, String date) {
        return new Absence(AbsenceId.random(), DEPUTY, from, date(date), Optional.empty(), false, true);
    }

    public static Absence approved(String from, String date) {
        return new Absence(AbsenceId.random(), DEPUTY, from, date(date), Optional.empty(), true, true);
    }

    public static DeputyAttributes ordinaryDeputy() {
        return new DeputyAttributes(false, false, Constituency.DISTRICT, Set.of());
    }

    public static DeputyAttributes holding(Position... positions) {
        return new DeputyAttributes(false, false, Constituency.DISTRICT, Set.of(positions));
    }
}
