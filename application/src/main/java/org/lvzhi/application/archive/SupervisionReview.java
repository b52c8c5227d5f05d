package org.lvzhi.application.archive;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lvzhi.application.archive.event.SupervisionCaseOpened;
import org.lvzhi.application.archive.event.SupervisionCaseWithdrawn;
import org.lvzhi.application.archive.port.out.SupervisionCasePort;
import org.lvzhi.application.attendance.port.out.LoadSessionPeriodsPort;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.application.duty.port.out.FactListener;
import org.lvzhi.application.event.Notification;
import org.lvzhi.application.event.NotificationPort;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.domain.attendance.StepActor;
import org.lvzhi.domain.compliance.DateRange;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.DeputyStatus;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.supervision.Rejudgment;
import org.lvzhi.domain.supervision.SupervisionCase;
import org.lvzhi.domain.supervision.SupervisionEvaluator;
import org.lvzhi.domain.supervision.SupervisionFacts;
import org.lvzhi.domain.supervision.SupervisionPlan;

/**
 * Evaluates a deputy's supervision rules under the congress's own profile and opens the cases they call for.
 * Runs inside the caller's transaction: when a fact is filed (judging the whole term again, withdrawing the cases no
 * longer supported), and for every deputy at night (today's verdicts). The deputy is told of each case opened or
 * withdrawn, and so is every webhook subscribed to {@code supervision.case-opened} or {@code supervision.case-withdrawn}.
 */
@Singleton
class SupervisionReview implements FactListener {


    private final LoadDeputyPort deputies;
    private final DeputyFiles files;
    private final SupervisionCasePort cases;
    private final LoadSessionPeriodsPort sessions;
    private final PolicyProfileQueries profiles;
    private final NotificationPort notifications;
    private final Clock clock;

    SupervisionReview(LoadDeputyPort deputies, DeputyFiles files, SupervisionCasePort cases, LoadSessionPeriodsPort sessions,
            PolicyProfileQueries profiles, NotificationPort notifications, Clock clock) {
        this.deputies = deputies;
        this.files = files;
        this.cases = cases;
        this.sessions = sessions;
        this.profiles = profiles;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** A fact about the deputy was added, corrected or removed: their whole term is judged again. */
    @Override
    public void filed(CongressId congress, DeputyId deputy) {
        deputies.find(deputy).ifPresent(found -> rejudge(congress, found, LegalDate.today(clock)));
    }

    /**
     * Judges the deputy's term again up to the day, each past date by the profile then in force: opens the cases now
     * supported, extends the open ones whose run grew, and withdraws, telling the deputy, the open ones a rule no longer
     * supports. Answers the cases opened; only serving deputies are supervised.
     */
    List<SupervisionCase> rejudge(CongressId congress, DeputyView deputy, LocalDate on) {
        if (deputy.deputy().status() != DeputyStatus.ACTIVE) {
            return List.of();
        }
        DeputyFile file = files.of(deputy, on);
        Map<LocalDate, EffectiveProfile> inForce = new HashMap<>();
        return apply(congress, deputy, SupervisionEvaluator.judge(date -> inForce.computeIfAbsent(date, day -> profiles.effectiveIn(congress, day)),
                facts(file, sessions.periodsOf(file.term().id()), cases.ofDeputy(deputy.deputy().id())), on), on);
    }

    /**
     * Applies a judgment of the deputy's cases: the regrounded stored, the withdrawn stored and told to the deputy, the
     * openings opened and announced. Answers the cases opened.
     */
    List<SupervisionCase> apply(CongressId congress, DeputyView deputy, Rejudgment changes, LocalDate on) {
        changes.regrounded().forEach(cases::update);
        changes.withdrawn().forEach(withdrawn -> {
            cases.update(withdrawn);
            notifications.send(Notification.of(congress, new SupervisionCaseWithdrawn(withdrawn.id(), withdrawn.deputy(),
                    deputy.person().name().value(), withdrawn.rule(), withdrawn.article(), withdrawn.actionName(),
                    withdrawn.note().orElseThrow()), List.of(deputy.recipient())));
        });
        return open(congress, List.of(deputy), changes.openings().stream()
                .map(opening -> SupervisionCase.open(deputy.deputy().id(), opening, on)).toList());
    }

    /** The cases opened by this review. Only serving deputies are supervised. */
    List<SupervisionCase> review(CongressId congress, DeputyView deputy, LocalDate on) {
        return review(congress, List.of(deputy), on);
    }

    /**
     * Reviews many deputies at once, as the nightly evaluation does a batch of them: their files and cases are read for
     * all of them together (a handful of statements, not a handful per deputy), of their records only those the
     * profile's {@link SupervisionPlan} asks for, then each is judged on its own.
     */
    List<SupervisionCase> review(CongressId congress, List<DeputyView> deputies, LocalDate on) {
        EffectiveProfile profile = profiles.effectiveIn(congress, on);
        List<SupervisionCase> called = new ArrayList<>();
        for (Supervised one : supervised(deputies, on, List.of(profile))) {
            SupervisionEvaluator.evaluate(profile, one.facts(), on)
                    .forEach(opening -> called.add(SupervisionCase.open(one.facts().deputy(), opening, on)));
        }
        return open(congress, deputies, called);
    }

    /**
     * The serving deputies among those given, each with the facts the given profiles' supervision judges them on (their
     * open cases included), read for all of them together; reads only, so a preview may judge them under a draft too.
     */
    List<Supervised> supervised(List<DeputyView> deputies, LocalDate on, List<EffectiveProfile> judgedBy) {
        List<DeputyView> serving = deputies.stream().filter(deputy -> deputy.deputy().status() == DeputyStatus.ACTIVE).toList();
        if (serving.isEmpty()) {
            return List.of();
        }
        Map<DeputyId, List<SupervisionCase>> casesOf = cases.ofDeputies(serving.stream().map(deputy -> deputy.deputy().id()).toList())
                .stream().collect(Collectors.groupingBy(SupervisionCase::deputy));
        Map<TermId, List<DateRange>> sessionsOf = new HashMap<>();
        Function<Term, List<DateRange>> sessionsIn = term -> sessionsOf.computeIfAbsent(term.id(), sessions::periodsOf);
        return files.supervised(serving, on, term -> judgedBy.stream()
                        .map(profile -> SupervisionPlan.of(profile, term, sessionsIn.apply(term), on))
                        .reduce(SupervisionPlan::and).orElseThrow())
                .stream().map(file -> new Supervised(file.deputy(), new SupervisionFacts(file.deputy().deputy().id(), file.term(),
                        file.attributes(), file.records(), file.absences(), sessionsIn.apply(file.term()),
                        casesOf.getOrDefault(file.deputy().deputy().id(), List.of()))))
                .toList();
    }

    /** A serving deputy and what supervision judges them on. */
    record Supervised(DeputyView deputy, SupervisionFacts facts) {
    }

    private static SupervisionFacts facts(DeputyFile file, List<DateRange> sessions, List<SupervisionCase> cases) {
        return new SupervisionFacts(file.deputy().deputy().id(), file.term(), file.attributes(), file.records(), file.absences(),
                sessions, cases);
    }

    /** Opens the cases called for (those no standing case holds), in one write, and announces them together. */
    private List<SupervisionCase> open(CongressId congress, List<DeputyView> deputies, List<SupervisionCase> called) {
        if (called.isEmpty()) {
            return List.of();
        }
        Map<DeputyId, DeputyView> whom = deputies.stream().collect(Collectors.toMap(deputy -> deputy.deputy().id(), deputy -> deputy));
        List<SupervisionCase> opened = cases.openAll(called);
        notifications.sendAll(opened.stream().map(supervisionCase -> opening(congress, whom.get(supervisionCase.deputy()), supervisionCase))
                .toList());
        return opened;
    }

    /** Tells the deputy (and every subscribed webhook) of a case opened against them. */
    void announce(CongressId congress, DeputyView deputy, SupervisionCase opened) {
        notifications.send(opening(congress, deputy, opened));
    }

    private static Notification opening(CongressId congress, DeputyView deputy, SupervisionCase opened) {
        return Notification.of(congress, new SupervisionCaseOpened(opened.id(), opened.deputy(),
                deputy.person().name().value(), opened.rule(), opened.article(), opened.actionName(),
                StepActor.of(opened.actor()).label()), List.of(deputy.recipient()));
    }
}
