package org.lvzhi.application.archive;

import org.lvzhi.application.archive.event.SupervisionCaseOpened;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.DeputyStatus;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.supervision.SupervisionCase;
import org.lvzhi.domain.supervision.SupervisionEvaluator;
import org.lvzhi.domain.supervision.SupervisionFacts;

/**
 * Evaluates a deputy's supervision rules under the congress's own profile and opens the cases they call for.
 * Runs inside the caller's transaction: when a fact is filed, and for every deputy at night. The deputy is told
 * of each case opened, and so is every webhook subscribed to {@code supervision.case-opened}.
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

    @Override
    public void filed(CongressId congress, DeputyId deputy) {
        deputies.find(deputy).ifPresent(found -> review(congress, found, LegalDate.today(clock)));
    }

    /** The cases opened by this review. Only serving deputies are supervised. */
    List<SupervisionCase> review(CongressId congress, DeputyView deputy, LocalDate on) {
        return review(congress, List.of(deputy), on);
    }

    /**
     * Reviews many deputies at once, as the nightly evaluation does a page of them: their files and cases are read for
     * all of them together (a handful of statements, not a handful per deputy), then each is judged on its own.
     */
    List<SupervisionCase> review(CongressId congress, List<DeputyView> deputies, LocalDate on) {
        List<DeputyView> serving = deputies.stream().filter(deputy -> deputy.deputy().status() == DeputyStatus.ACTIVE).toList();
        if (serving.isEmpty()) {
            return List.of();
        }
        EffectiveProfile profile = profiles.effectiveIn(congress, on);
        Map<DeputyId, List<SupervisionCase>> casesOf = cases.ofDeputies(serving.stream().map(deputy -> deputy.deputy().id()).toList())
                .stream().collect(Collectors.groupingBy(SupervisionCase::deputy));
        Map<TermId, List<DateRange>> sessionsOf = new HashMap<>();
        List<SupervisionCase> opened = new ArrayList<>();
        for (DeputyFile file : files.of(serving, on)) {
            DeputyId id = file.deputy().deputy().id();
            SupervisionFacts facts = new SupervisionFacts(id, file.term(), file.attributes(), file.records(), file.absences(),
                    sessionsOf.computeIfAbsent(file.term().id(), sessions::periodsOf), casesOf.getOrDefault(id, List.of()));
            SupervisionEvaluator.evaluate(profile, facts, on).stream()
                    .map(opening -> SupervisionCase.open(id, opening, on))
                    .filter(cases::open)
                    .forEach(supervisionCase -> {
                        opened.add(supervisionCase);
                        announce(congress, file.deputy(), supervisionCase);
                    });
        }
        return opened;
    }

    /** Tells the deputy (and every subscribed webhook) of a case opened against them. */
    void announce(CongressId congress, DeputyView deputy, SupervisionCase opened) {
        notifications.send(Notification.of(congress, new SupervisionCaseOpened(opened.id(), opened.deputy(),
                deputy.person().name().value(), opened.rule(), opened.article(), opened.actionName(),
                StepActor.of(opened.actor()).label()), List.of(deputy.recipient())));
    }
}
