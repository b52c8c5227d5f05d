package org.lvzhi.domain.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lvzhi.domain.shared.Messages;

/**
 * The semantic checks a profile must pass besides its JSON Schema, each problem with its JSON Pointer:
 * activity types that exist, minimums that are not negative, windows that can be evaluated, periods that
 * parse, disabled rules that are inherited, templates that use only their declared variables, quantities summed in a
 * unit their types measure, points limits that make sense, score bands without gaps or overlaps, and ranking triggers
 * that can hold.
 */
public final class ProfileValidator {

    /** Trigger sources that are not activity types: a whole session of the congress. */
    private static final Set<String> SPECIAL_SOURCES = Set.of("SESSION");
    /** What a points deduction may count absences from besides activity types: a whole session or one of its meetings. */
    private static final Set<String> ABSENCE_SOURCES = Set.of("SESSION", "SESSION_MEETING");
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([a-zA-Z][a-zA-Z0-9]*)\\s*}}");
    private static final Messages MESSAGES = Messages.of(ProfileValidator.class);
    private static final LocalDate COMPARISON_START = LocalDate.of(2001, 1, 1);

    private final PolicyProfile profile;
    private final EffectiveProfile inherited;
    private final Set<String> activityTypes = new HashSet<>();
    private final Map<String, ActivityType> catalogue = new HashMap<>();
    private final List<ProfileProblem> problems = new ArrayList<>();

    private ProfileValidator(PolicyProfile profile, EffectiveProfile inherited) {
        this.profile = profile;
        this.inherited = inherited;
        inherited.activityTypes().forEach(t -> activityTypes.add(t.value().code()));
        profile.activityTypes().forEach(t -> activityTypes.add(t.code()));
        inherited.activityTypes().forEach(t -> catalogue.put(t.value().code(), t.value()));
        profile.activityTypes().forEach(t -> catalogue.put(t.code(), t));
    }

    /** @param inherited what the profile inherits, resolved on its effective date */
    public static List<ProfileProblem> validate(PolicyProfile profile, EffectiveProfile inherited) {
        ProfileValidator validator = new ProfileValidator(profile, inherited);
        validator.checkRules();
        validator.checkDisabled();
        validator.checkPoints();
        validator.checkTemplates();
        return List.copyOf(validator.problems);
    }

    private void checkRules() {
        for (int i = 0; i < profile.rules().size(); i++) {
            PolicyRule rule = profile.rules().get(i);
            String at = "/rules/" + i;
            rule.quota().ifPresent(quota -> checkQuota(at + "/quota", quota));
            rule.deadline().ifPresent(deadline -> checkDeadline(at + "/deadline", deadline));
            rule.supervision().ifPresent(supervision -> checkSupervision(at + "/supervision", supervision));
            rule.approval().ifPresent(approval -> checkApproval(at + "/approval", approval));
            rule.schedule().ifPresent(duty -> checkPeriods(at + "/schedule/reminders", duty.reminders()));
        }
    }

    private void checkQuota(String at, Quota quota) {
        checkActivityTypes(at + "/counts", quota.counts());
        if (quota.minimum() < 0) {
            problem(at + "/minimum", "minimum.negative", quota.minimum());
        }
        quota.maximum().filter(max -> max < quota.minimum()).ifPresent(max -> problem(at + "/maximum", "maximum.below-minimum", max, quota.minimum()));
        checkWindow(at + "/window", quota.window());
        quota.sum().ifPresent(unit -> {
            quota.distinct().ifPresent(distinct -> problem(at + "/sum", "sum.with-distinct", distinct));
            quota.counts().forEach(type -> checkMeasured(at + "/sum", type, unit));
        });
    }

    /** A known type that cannot give its quantity in the unit; an unknown one is reported where it is named. */
    private void checkMeasured(String at, String type, MeasureUnit unit) {
        Optional.ofNullable(catalogue.get(type)).filter(known -> known.quantityIn(unit).isEmpty())
                .ifPresent(known -> problem(at, "unit.not-measured", type, unit, known.measures().<Object>map(measured -> measured).orElse("无")));
    }

    private void checkDeadline(String at, Deadline deadline) {
        Optional<Period> period = period(at + "/period", deadline.period());
        Optional<Period> complex = deadline.complexPeriod().flatMap(p -> period(at + "/complexPeriod", p));
        deadline.progressReportAfter().ifPresent(p -> period(at + "/progressReportAfter", p));
        checkPeriods(at + "/reminders", deadline.reminders());
        if (period.isPresent() && complex.isPresent() && ends(complex.get()).isBefore(ends(period.get()))) {
            problem(at + "/complexPeriod", "complex.shorter");
        }
    }

    private void checkSupervision(String at, Supervision supervision) {
        Trigger trigger = supervision.trigger();
        checkActivityTypes(at + "/trigger/from", trigger.from(), SPECIAL_SOURCES);
        for (int g = 0; g < trigger.groups().size(); g++) {
            checkActivityTypes(at + "/trigger/groups/" + g, trigger.groups().get(g));
        }
        if ("MISSING_RECORDS".equals(trigger.type()) && trigger.groups().isEmpty()) {
            problem(at + "/trigger/groups", "trigger.groups-missing");
        }
        trigger.consecutive().filter(c -> c < 1).ifPresent(c -> problem(at + "/trigger/consecutive", "consecutive.invalid", c));
        checkWindow(at + "/trigger/window", trigger.window());
        if ("RANKING".equals(trigger.type())) {
            checkRanking(at + "/trigger", trigger);
        } else if (trigger.ranking().isPresent()) {
            problem(at + "/trigger/ranking", "ranking.not-ranking-trigger", trigger.type());
        }
        for (int s = 0; s < supervision.steps().size(); s++) {
            SupervisionStep step = supervision.steps().get(s);
            String stepAt = at + "/steps/" + s;
            step.threshold().filter(t -> t < 1).ifPresent(t -> problem(stepAt + "/threshold", "threshold.invalid", t));
            if (s == 0 && step.when().filter("UNRESOLVED"::equals).isPresent()) {
                problem(at + "/steps/0/when", "step.unresolved-first");
            }
        }
    }

    /** A RANKING trigger: one criterion that can hold, over the points scheme's own windows, a run of at least two. */
    private void checkRanking(String at, Trigger trigger) {
        Optional<PointsScheme> scheme = profile.points().or(() -> inherited.points().map(Sourced::value));
        if (scheme.isEmpty()) {
            problem(at, "ranking.no-points");
        }
        if (trigger.window().type() == WindowType.ROLLING) {
            problem(at + "/window/type", "ranking.window-rolling");
        } else {
            WindowType scored = scheme.flatMap(PointsScheme::window).map(Window::type).orElse(WindowType.TERM);
            scheme.filter(s -> scored != trigger.window().type())
                    .ifPresent(s -> problem(at + "/window/type", "ranking.window-mismatch", trigger.window().type(), scored));
        }
        trigger.consecutive().filter(c -> c == 1).ifPresent(c -> problem(at + "/consecutive", "ranking.consecutive-short", c));
        if (trigger.ranking().isEmpty()) {
            problem(at + "/ranking", "ranking.missing");
            return;
        }
        Ranking ranking = trigger.ranking().get();
        if (ranking.criteria() != 1) {
            problem(at + "/ranking", "ranking.criteria", ranking.criteria());
        }
        ranking.top().filter(n -> n < 1).ifPresent(n -> problem(at + "/ranking/top", "ranking.count-invalid", n));
        ranking.bottom().filter(n -> n < 1).ifPresent(n -> problem(at + "/ranking/bottom", "ranking.count-invalid", n));
        ranking.topPercent().filter(ProfileValidator::outsidePercent)
                .ifPresent(p -> problem(at + "/ranking/topPercent", "ranking.percent-invalid", p.toPlainString()));
        ranking.bottomPercent().filter(ProfileValidator::outsidePercent)
                .ifPresent(p -> problem(at + "/ranking/bottomPercent", "ranking.percent-invalid", p.toPlainString()));
        List<String> bands = scheme.map(s -> s.bands().stream().map(ScoreBand::name).toList()).orElse(List.of());
        for (int b = 0; b < ranking.bands().size(); b++) {
            if (scheme.isPresent() && !bands.contains(ranking.bands().get(b))) {
                problem(at + "/ranking/bands/" + b, "ranking.band-unknown", ranking.bands().get(b), String.join("、", bands));
            }
        }
    }

    private static boolean outsidePercent(BigDecimal percent) {
        return percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0;
    }

    private void checkApproval(String at, LeaveApproval approval) {
        approval.minHalfDays().filter(min -> min < 0).ifPresent(min -> problem(at + "/minHalfDays", "minimum.negative", min));
        if (approval.minHalfDays().isPresent() && approval.maxHalfDays().isPresent()
                && approval.maxHalfDays().get() < approval.minHalfDays().get()) {
            problem(at + "/maxHalfDays", "maximum.below-minimum", approval.maxHalfDays().get(), approval.minHalfDays().get());
        }
        if (approval.circulatedBy().isEmpty() && !approval.circulates().isEmpty()) {
            problem(at + "/circulates", "circulates.without-circulator");
        }
    }

    private void checkDisabled() {
        for (int i = 0; i < profile.disabled().size(); i++) {
            String id = profile.disabled().get(i).rule();
            if (!inherited.hasRule(id)) {
                problem("/disabled/" + i + "/rule", "disabled.unknown", id);
            }
        }
    }

    private void checkPoints() {
        profile.points().ifPresent(points -> {
            for (int i = 0; i < points.entries().size(); i++) {
                PointsEntry entry = points.entries().get(i);
                String at = "/points/entries/" + i;
                checkActivityTypes(at + "/type", List.of(entry.type()));
                entry.cap().filter(cap -> cap < 0).ifPresent(cap -> problem(at + "/cap", "minimum.negative", cap));
                entry.capWindow().ifPresent(window -> checkWindow(at + "/capWindow", window));
                entry.perUnit().ifPresent(unit -> checkMeasured(at + "/perUnit", entry.type(), unit));
                checkLimits(at, entry.maxPoints(), entry.minPoints());
            }
            for (int i = 0; i < points.deductions().size(); i++) {
                PointsDeduction deduction = points.deductions().get(i);
                String at = "/points/deductions/" + i;
                checkActivityTypes(at + "/from", deduction.from(), ABSENCE_SOURCES);
                if (deduction.points() >= 0) {
                    problem(at + "/points", "deduction.not-negative", deduction.points());
                }
                checkLimits(at, Optional.empty(), deduction.minPoints());
                deduction.capWindow().ifPresent(window -> checkWindow(at + "/capWindow", window));
            }
            points.window().ifPresent(window -> checkWindow("/points/window", window));
            points.cap().filter(cap -> cap < 0).ifPresent(cap -> problem("/points/cap", "points.cap-negative", cap));
            PointsBandsCheck.check(points).forEach(band ->
                    problem("/points/bands/" + band.index(), band.key(), band.arguments().toArray()));
        });
    }

    private void checkLimits(String at, Optional<Integer> maximum, Optional<Integer> minimum) {
        maximum.filter(max -> max < 0).ifPresent(max -> problem(at + "/maxPoints", "points.cap-negative", max));
        minimum.filter(min -> min > 0).ifPresent(min -> problem(at + "/minPoints", "points.floor-positive", min));
        minimum.filter(min -> maximum.filter(max -> min > max).isPresent())
                .ifPresent(min -> problem(at + "/minPoints", "points.floor-above-cap", min, maximum.get()));
    }

    private void checkTemplates() {
        for (int i = 0; i < profile.templates().size(); i++) {
            NotificationTemplate template = profile.templates().get(i);
            checkVariables("/templates/" + i + "/subject", template.subject(), template.variables());
            checkVariables("/templates/" + i + "/body", template.body(), template.variables());
        }
    }

    private void checkVariables(String at, String text, List<String> declared) {
        Matcher used = VARIABLE.matcher(text);
        while (used.find()) {
            if (!declared.contains(used.group(1))) {
                problem(at, "template.variable", used.group(1));
            }
        }
    }

    private void checkActivityTypes(String at, List<String> codes) {
        checkActivityTypes(at, codes, Set.of());
    }

    private void checkActivityTypes(String at, List<String> codes, Set<String> alsoAllowed) {
        for (int i = 0; i < codes.size(); i++) {
            if (!alsoAllowed.contains(codes.get(i)) && !activityTypes.contains(codes.get(i))) {
                problem(codes.size() == 1 && at.endsWith("/type") ? at : at + "/" + i, "activity-type.unknown", codes.get(i));
            }
        }
    }

    private void checkWindow(String at, Window window) {
        switch (window.type()) {
            case ROLLING -> {
                if (window.period().isEmpty()) {
                    problem(at + "/period", "window.rolling-without-period");
                } else {
                    period(at + "/period", window.period().get());
                }
            }
            case CALENDAR_YEAR, TERM -> window.period().ifPresent(p -> problem(at + "/period", "window.period-not-allowed", window.type()));
        }
    }

    private void checkPeriods(String at, List<String> periods) {
        for (int i = 0; i < periods.size(); i++) {
            period(at + "/" + i, periods.get(i));
        }
    }

    /** A positive ISO-8601 period, or a recorded problem. */
    private Optional<Period> period(String at, String text) {
        try {
            Period period = Period.parse(text);
            if (period.isNegative() || period.isZero()) {
                problem(at, "period.not-positive", text);
                return Optional.empty();
            }
            return Optional.of(period);
        } catch (DateTimeParseException notAPeriod) {
            problem(at, "period.unparseable", text);
            return Optional.empty();
        }
    }

    /** Where a period ends from a fixed day: comparing ends compares months and days as the calendar does. */
    private static LocalDate ends(Period period) {
        return COMPARISON_START.plus(period);
    }

    private void problem(String path, String key, Object... arguments) {
        problems.add(new ProfileProblem(path, MESSAGES.text(key, arguments)));
    }
}
