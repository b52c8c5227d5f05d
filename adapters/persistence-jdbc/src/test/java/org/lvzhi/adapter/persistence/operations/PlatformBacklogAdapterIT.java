package org.lvzhi.adapter.persistence.operations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.persistence.testing.TenantIT;
import org.lvzhi.application.deadline.port.out.DeadlinePort;
import org.lvzhi.application.notification.port.out.Channel;
import org.lvzhi.application.notification.port.out.OutboxMessage;
import org.lvzhi.application.notification.port.out.OutboxDispatchPort;
import org.lvzhi.application.notification.port.out.OutboxPort;
import org.lvzhi.application.operations.port.out.BacklogPort;
import org.lvzhi.domain.deadline.DeadlineClock;
import org.lvzhi.domain.deadline.DeadlineId;
import org.lvzhi.domain.deadline.DeadlineSubject;

/** Counts across congresses: each test measures the change its own rows make, and settles them so no other class sees them due. */
class PlatformBacklogAdapterIT extends TenantIT {

    private static final Instant OLDEST = Instant.parse("1999-09-09T09:09:09.090909Z");

    @Inject BacklogPort backlog;
    @Inject OutboxPort outbox;
    @Inject OutboxDispatchPort dispatch;
    @Inject DeadlinePort deadlines;

    @Test
    @DisplayName("pending messages of every congress are counted, the oldest one's age known; settled ones are not counted")
    void pendingMessages() {
        long before = backlog.pendingMessages();
        OutboxMessage here = message(OLDEST);
        OutboxMessage there = message(OLDEST.plusSeconds(60));
        run(() -> outbox.add(here));
        run(other, () -> outbox.add(there));
        try {
            long withBoth = backlog.pendingMessages();
            Optional<Instant> oldest = backlog.oldestPendingMessage();
            dispatch.delivered(congress, here.id(), OLDEST);

            assertThat(withBoth).isEqualTo(before + 2);
            assertThat(oldest).contains(OLDEST);
            assertThat(backlog.pendingMessages()).isEqualTo(before + 1);
            assertThat(backlog.oldestPendingMessage()).contains(OLDEST.plusSeconds(60));
        } finally {
            dispatch.delivered(congress, here.id(), OLDEST);
            dispatch.delivered(other, there.id(), OLDEST);
        }
    }

    @Test
    @DisplayName("deadlines wanting attention by a day are counted across congresses; a met one is not")
    void deadlinesDue() {
        LocalDate day = LocalDate.of(1999, 6, 30);
        long before = backlog.deadlinesDueBy(day);
        DeadlineClock here = clock(day.minusDays(10));
        DeadlineClock there = clock(day.plusDays(10));
        run(() -> deadlines.add(here));
        run(other, () -> deadlines.add(there));
        try {
            long byDay = backlog.deadlinesDueBy(day);
            long byLater = backlog.deadlinesDueBy(day.plusDays(11));
            run(() -> deadlines.meet(here.id(), day));

            assertThat(byDay).isEqualTo(before + 1);
            assertThat(byLater).isGreaterThanOrEqualTo(before + 2);
            assertThat(backlog.deadlinesDueBy(day)).isEqualTo(before);
        } finally {
            run(() -> deadlines.meet(here.id(), day));
            run(other, () -> deadlines.meet(there.id(), day));
        }
    }

    private OutboxMessage message(Instant createdAt) {
        return new OutboxMessage(UUID.randomUUID(), congress, Channel.EMAIL, "backlog-" + suffix() + "@example.cn", "deadline.due", "提醒",
                "正文", "{}", createdAt, 0);
    }

    /** An open clock whose next action (the day after it is due) is {@code nextActionOn}. */
    private static DeadlineClock clock(LocalDate nextActionOn) {
        LocalDate due = nextActionOn.minusDays(1);
        return DeadlineClock.due(DeadlineId.random(), "BL-13", "第十三条", "MATTER_ASSIGNED",
                new DeadlineSubject("MATTER", UUID.randomUUID().toString(), "事项", Optional.empty()), "答复", Optional.empty(),
                due.minusDays(1), due, List.<Period>of());
    }
}
