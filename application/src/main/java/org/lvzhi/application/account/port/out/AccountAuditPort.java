package org.lvzhi.application.account.port.out;

import java.time.Instant;
import java.util.UUID;

/** What happened to an account that someone may have to account for later: locks, password changes, grants. */
public interface AccountAuditPort {

    void record(UUID account, String event, Instant at, String detail);
}
