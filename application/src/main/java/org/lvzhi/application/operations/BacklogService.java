package org.lvzhi.application.operations;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.lvzhi.application.operations.port.in.PlatformBacklogs;
import org.lvzhi.application.operations.port.out.BacklogPort;
import org.lvzhi.application.shared.LegalDate;

@Singleton
class BacklogService implements PlatformBacklogs {

    private final BacklogPort backlogs;
    private final Clock clock;

    BacklogService(BacklogPort backlogs, Clock clock) {
        this.backlogs = backlogs;
        this.clock = clock;
    }

    @Override
    public Backlogs now() {
        Instant now = clock.instant();
        Duration oldest = backlogs.oldestPendingMessage().map(since -> Duration.between(since, now)).filter(age -> !age.isNegative())
                .orElse(Duration.ZERO);
        return new Backlogs(backlogs.pendingMessages(), oldest, backlogs.deadlinesDueBy(LegalDate.today(clock)));
    }
}
