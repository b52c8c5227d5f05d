package org.lvzhi.bootstrap;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import org.lvzhi.application.deadline.port.in.DeadlineClocks;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deadline.DeadlineSubject;

/**
 * Test-only stand-in for the deadline engine while it is being built on another branch: it starts no clock and
 * answers no due date, so the suggestion API tests exercise the workflow only (the due dates are proven in the
 * application tests with a recording engine). {@link Secondary}: once the real {@link DeadlineClocks} is on the
 * classpath it wins and this one is never used; delete this file then.
 */
@Singleton
@Secondary
@Requires(env = "test")
class SuggestionDeadlineStandIn implements DeadlineClocks {

    @Override
    public List<StartedDeadline> start(CongressId congress, String event, DeadlineSubject subject, LocalDate on, boolean complex) {
        return List.of();
    }

    @Override
    public int stop(CongressId congress, String event, DeadlineSubject subject, LocalDate on) {
        return 0;
    }
}
