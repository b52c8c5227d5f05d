package org.lvzhi.application.archive;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lvzhi.application.archive.port.out.SupervisionCasePort;
import org.lvzhi.application.attendance.port.out.LoadSessionPeriodsPort;
import org.lvzhi.application.deputy.DeputyView;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.application.duty.FactsObserver;
import org.lvzhi.application.notification.Notification;
import org.lvzhi.application.notification.NotificationPort;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.domain.attendance.StepActor;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.DeputyStatus;
import org.lvzhi.domain.supervision.SupervisionCase;
import org.lvzhi.domain.supervision.SupervisionEvaluator;
import org.lvzhi.domain.supervision.SupervisionFacts;

/**
 * Evaluates a deputy's supervision rules under the congress's own profile and opens the cases they call for.
 * Runs inside the caller's transaction: when a fact is filed, and for every deputy at night. The deputy is told
 * of each case opened, and so is every webhook subscribed to {@code supervision.case-opened}.
 */
@Singleton
class SupervisionReview implements FactsObserver {

    static final String CASE_OPENED = "supervision.case-opened";

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
        if (deputy.deputy().status() != DeputyStatus.ACTIVE) {
            return List.of();
        }
        DeputyFile file = files.of(deputy, on);
        DeputyId id = deputy.deputy().id();
        SupervisionFacts facts = new SupervisionFacts(id, file.term(), file.attributes(), file.records(), file.absences(),
                sessions.periodsOf(file.term().id()), cases.ofDeputy(id));
        List<SupervisionCase> opened = SupervisionEvaluator.evaluate(profiles.effectiveIn(congress, on), facts, on).stream()
                .map(opening -> SupervisionCase.open(id, opening, on))
                .filter(cases::open)
                .toList();
        opened.forEach(supervisionCase -> announce(congress, deputy, supervisionCase));
        return opened;
    }

    /** Tells the deputy (and every subscribed webhook) of a case opened against them. */
    void announce(CongressId congress, DeputyView deputy, SupervisionCase opened) {
        notifications.send(new Notification(congress, CASE_OPENED, List.of(deputy.recipient()), Map.of(
                "name", deputy.person().name().value(),
                "rule", opened.rule(),
                "article", opened.article(),
                "action", opened.actionName(),
                "actor", StepActor.of(opened.actor()).label(),
                "caseId", opened.id().toString(),
                "deputyId", opened.deputy().toString())));
    }
}
