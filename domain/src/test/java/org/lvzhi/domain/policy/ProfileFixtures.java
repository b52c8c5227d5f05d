package org.lvzhi.domain.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Test helper: small builders for policy profiles and their parts. The records take many optional parts; these
 * builders fill in what a test does not care about, so each test names only what it checks.
 */
public final class ProfileFixtures {

    public static final LocalDate BASELINE_FROM = date("2000-01-01");

    private ProfileFixtures() {
    }

    public static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    // ---- profiles, versions, histories ----

    public static ProfileBuilder profile(String owner) {
        return new ProfileBuilder(owner);
    }

    /** A small statutory baseline: a few catalogue entries, BL-7 (two clauses), BL-13 (two clauses) and BL-15. */
    public static PolicyProfile baseline() {
        return profile(PolicyProfile.BASELINE)
                .title("实施《代表法》办法")
                .effectiveFrom(BASELINE_FROM)
                .restDayRule(RestDayRule.NEXT_WORKING_DAY)
                .types(type("SESSION_ATTENDANCE", "出席人民代表大会会议", ActivityCategory.SESSION),
                        type("SESSION_SPEECH", "大会审议发言", ActivityCategory.SESSION),
                        type("MOTION", "提出议案", ActivityCategory.MOTION_SUGGESTION),
                        type("SUGGESTION", "提出建议、批评和意见", ActivityCategory.MOTION_SUGGESTION),
                        type("TRAINING", "履职学习培训", ActivityCategory.TRAINING),
                        type("INSPECTION", "视察", ActivityCategory.SUPERVISION),
                        type("PUBLIC_CONTACT", "联系群众", ActivityCategory.PUBLIC_CONTACT),
                        type("STATION_RECEPTION", "联络站接待群众", ActivityCategory.PUBLIC_CONTACT),
                        type("FIXED_CONTACT_VISIT", "走访固定联系群众", ActivityCategory.PUBLIC_CONTACT))
                .rules(approvalRule("BL-7", "WHOLE_SESSION"),
                        approvalRule("BL-7", "SESSION_MEETING"),
                        deadlineRule("BL-13", deadline("SUGGESTION_ASSIGNED", "P3M").complexPeriod("P6M").reminders("P14D", "P3D").build()),
                        deadlineRule("BL-13", deadline("SUGGESTION_REASSIGNED", "P1M").reminders("P7D", "P2D").build()),
                        approvalRule("BL-15", "RECESS_ACTIVITY"))
                .build();
    }

    /** What a profile directly under the baseline inherits, resolved on the date. */
    public static EffectiveProfile baselineOn(LocalDate on) {
        return ProfileResolver.resolve("test", List.of(history(PolicyProfile.BASELINE, baseline())), on);
    }

    /** What a profile directly under the baseline inherits, on its effective date. */
    public static EffectiveProfile inheritedBy(PolicyProfile profile) {
        return baselineOn(profile.effectiveFrom());
    }

    public static ProfileVersion version(int number, PolicyProfile profile) {
        return new ProfileVersion(number, profile, Instant.parse("2024-01-01T00:00:00Z").plusSeconds(number), "tester");
    }

    /** An owner's history whose versions are numbered 1, 2, … in the order given (the save order). */
    public static ProfileHistory history(String owner, PolicyProfile... profiles) {
        List<ProfileVersion> versions = new ArrayList<>();
        for (int i = 0; i < profiles.length; i++) {
            versions.add(version(i + 1, profiles[i]));
        }
        return new ProfileHistory(owner, versions);
    }

    // ---- catalogue ----

    public static ActivityType type(String code, String name, ActivityCategory category) {
        return new ActivityType(code, name, category, false, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A type whose records measure a quantity in the unit (a day of training). */
    public static ActivityType measured(String code, MeasureUnit unit) {
        return new ActivityType(code, code, ActivityCategory.OTHER, false, Optional.empty(), Optional.empty(), Optional.of(unit));
    }

    public static ActivityType type(String code) {
        return type(code, code, ActivityCategory.OTHER);
    }

    // ---- windows ----

    public static Window calendarYear() {
        return new Window(WindowType.CALENDAR_YEAR, Optional.empty());
    }

    public static Window term() {
        return new Window(WindowType.TERM, Optional.empty());
    }

    public static Window rolling(String period) {
        return new Window(WindowType.ROLLING, Optional.of(period));
    }

    public static Window window(WindowType type, String period) {
        return new Window(type, Optional.ofNullable(period));
    }

    // ---- rules ----

    public static PolicyRule rule(String id, RuleKind kind) {
        return new RuleBuilder(id, kind).build();
    }

    public static RuleBuilder ruleOf(String id, RuleKind kind) {
        return new RuleBuilder(id, kind);
    }

    /** A quota of at least {@code minimum} records of the counted types per calendar year. */
    public static PolicyRule quotaRule(String id, int minimum, String... counts) {
        return quotaRule(id, quota(minimum, calendarYear(), counts));
    }

    public static PolicyRule quotaRule(String id, Quota quota) {
        return ruleOf(id, RuleKind.QUOTA).quota(quota).build();
    }

    public static Quota quota(int minimum, Window window, String... counts) {
        return new Quota(List.of(counts), minimum, Optional.empty(), window, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static Quota quota(int minimum, int maximum, Window window, String... counts) {
        return new Quota(List.of(counts), minimum, Optional.of(maximum), window, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static PolicyRule deadlineRule(String id, Deadline deadline) {
        return ruleOf(id, RuleKind.DEADLINE).deadline(deadline).build();
    }

    public static DeadlineBuilder deadline(String event, String period) {
        return new DeadlineBuilder(event, period);
    }

    public static PolicyRule supervisionRule(String id, Supervision supervision) {
        return ruleOf(id, RuleKind.SUPERVISION).supervision(supervision).build();
    }

    /** Fires when the deputy has no record of ANY (or ALL) of the groups in {@code consecutive} windows in a row. */
    public static Supervision missingRecords(String missing, Integer consecutive, Window window, List<List<String>> groups, SupervisionStep... steps) {
        Trigger trigger = new Trigger("MISSING_RECORDS", List.of(), groups, Optional.ofNullable(missing), Optional.ofNullable(consecutive),
                window, false, false, Optional.empty());
        return new Supervision(trigger, Optional.empty(), List.of(steps));
    }

    /** The same, looking only at records dated during the congress's sessions (QH-11.4, DC-9.2). */
    public static Supervision missingAtSession(String missing, Integer consecutive, List<List<String>> groups, SupervisionStep... steps) {
        Trigger trigger = new Trigger("MISSING_RECORDS", List.of(), groups, Optional.ofNullable(missing), Optional.ofNullable(consecutive),
                calendarYear(), false, true, Optional.empty());
        return new Supervision(trigger, Optional.empty(), List.of(steps));
    }

    /** Counts absences without approved leave from the sources (SESSION or activity types) over the term. */
    public static Supervision unapprovedAbsence(List<String> from, SupervisionStep... steps) {
        Trigger trigger = new Trigger("UNAPPROVED_ABSENCE", from, List.of(), Optional.empty(), Optional.empty(), term(), false, false, Optional.empty());
        return new Supervision(trigger, Optional.empty(), List.of(steps));
    }

    public static SupervisionStep atThreshold(int threshold, String action, String actor) {
        return new SupervisionStep(Optional.of(threshold), Optional.empty(), action, actor, List.of(), Optional.empty());
    }

    public static SupervisionStep step(String action, String actor) {
        return new SupervisionStep(Optional.empty(), Optional.empty(), action, actor, List.of(), Optional.empty());
    }

    public static SupervisionStep whenUnresolved(String action, String actor) {
        return new SupervisionStep(Optional.empty(), Optional.of("UNRESOLVED"), action, actor, List.of(), Optional.empty());
    }

    public static PolicyRule approvalRule(String id, String leaveFrom) {
        LeaveApproval approval = new LeaveApproval(leaveFrom, List.of(), Optional.empty(), Optional.empty(), true,
                List.of(new ApprovalStep("ORGANISER", "APPROVE", List.of(), Optional.empty())),
                Optional.empty(), Optional.empty(), List.of(), List.of());
        return ruleOf(id, RuleKind.APPROVAL).approval(approval).build();
    }

    public static PolicyRule recordRule(String id, String reason) {
        return ruleOf(id, RuleKind.RECORD).enforcement(Enforcement.RECORD_ONLY).reason(reason).build();
    }

    // ---- templates ----

    public static NotificationTemplate template(String event, String subject, String body, String... variables) {
        return new NotificationTemplate(event, subject, body, List.of(variables), false, Optional.empty());
    }

    // ---- builders ----

    public static final class ProfileBuilder {

        private final String owner;
        private String title;
        private Optional<String> inherits = Optional.empty();
        private LocalDate effectiveFrom = date("2018-08-01");
        private Optional<RestDayRule> restDayRule = Optional.empty();
        private final List<ActivityType> types = new ArrayList<>();
        private final List<PolicyRule> rules = new ArrayList<>();
        private final List<DisabledRule> disabled = new ArrayList<>();
        private Optional<PointsScheme> points = Optional.empty();
        private final List<NotificationTemplate> templates = new ArrayList<>();

        private ProfileBuilder(String owner) {
            this.owner = owner;
            this.title = owner + " 代表履职管理办法";
        }

        public ProfileBuilder title(String title) {
            this.title = title;
            return this;
        }

        public ProfileBuilder inherits(String parent) {
            this.inherits = Optional.of(parent);
            return this;
        }

        public ProfileBuilder effectiveFrom(LocalDate date) {
            this.effectiveFrom = date;
            return this;
        }

        public ProfileBuilder effectiveFrom(String date) {
            return effectiveFrom(date(date));
        }

        public ProfileBuilder restDayRule(RestDayRule rule) {
            this.restDayRule = Optional.of(rule);
            return this;
        }

        public ProfileBuilder types(ActivityType... types) {
            this.types.addAll(Arrays.asList(types));
            return this;
        }

        public ProfileBuilder rules(PolicyRule... rules) {
            this.rules.addAll(Arrays.asList(rules));
            return this;
        }

        public ProfileBuilder disable(String rule, String reason) {
            this.disabled.add(new DisabledRule(rule, reason));
            return this;
        }

        public ProfileBuilder points(PointsScheme points) {
            this.points = Optional.of(points);
            return this;
        }

        public ProfileBuilder templates(NotificationTemplate... templates) {
            this.templates.addAll(Arrays.asList(templates));
            return this;
        }

        public PolicyProfile build() {
            return new PolicyProfile(owner, title, Optional.empty(), inherits, effectiveFrom, restDayRule, types, rules, disabled, points,
                    templates);
        }
    }

    public static final class RuleBuilder {

        private final String id;
        private final RuleKind kind;
        private String article = "第一条";
        private String summary;
        private Optional<Enforcement> enforcement = Optional.empty();
        private Optional<String> reason = Optional.empty();
        private Optional<Quota> quota = Optional.empty();
        private Optional<Deadline> deadline = Optional.empty();
        private Optional<LeaveApproval> approval = Optional.empty();
        private Optional<Supervision> supervision = Optional.empty();
        private Optional<CalendarDuty> schedule = Optional.empty();

        private RuleBuilder(String id, RuleKind kind) {
            this.id = id;
            this.kind = kind;
            this.summary = id + " 的条文摘要";
        }

        public RuleBuilder article(String article) {
            this.article = article;
            return this;
        }

        public RuleBuilder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public RuleBuilder enforcement(Enforcement enforcement) {
            this.enforcement = Optional.of(enforcement);
            return this;
        }

        public RuleBuilder reason(String reason) {
            this.reason = Optional.of(reason);
            return this;
        }

        public RuleBuilder quota(Quota quota) {
            this.quota = Optional.of(quota);
            return this;
        }

        public RuleBuilder deadline(Deadline deadline) {
            this.deadline = Optional.of(deadline);
            return this;
        }

        public RuleBuilder approval(LeaveApproval approval) {
            this.approval = Optional.of(approval);
            return this;
        }

        public RuleBuilder supervision(Supervision supervision) {
            this.supervision = Optional.of(supervision);
            return this;
        }

        public RuleBuilder schedule(CalendarDuty schedule) {
            this.schedule = Optional.of(schedule);
            return this;
        }

        public PolicyRule build() {
            return new PolicyRule(id, article, kind, summary, enforcement, reason, quota, deadline, approval, Optional.empty(), supervision,
                    schedule, Optional.empty(), Optional.empty());
        }
    }

    public static final class DeadlineBuilder {

        private final String event;
        private final String period;
        private Optional<String> complexPeriod = Optional.empty();
        private Optional<String> progressReportAfter = Optional.empty();
        private final List<String> reminders = new ArrayList<>();

        private DeadlineBuilder(String event, String period) {
            this.event = event;
            this.period = period;
        }

        public DeadlineBuilder complexPeriod(String complexPeriod) {
            this.complexPeriod = Optional.of(complexPeriod);
            return this;
        }

        public DeadlineBuilder progressReportAfter(String after) {
            this.progressReportAfter = Optional.of(after);
            return this;
        }

        public DeadlineBuilder reminders(String... reminders) {
            this.reminders.addAll(Arrays.asList(reminders));
            return this;
        }

        public Deadline build() {
            return new Deadline(event, Optional.empty(), period, complexPeriod, progressReportAfter, Optional.empty(), reminders,
                    Optional.empty(), Optional.empty(), Optional.empty());
        }
    }
}
