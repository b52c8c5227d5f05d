package org.lvzhi.adapter.persistence.shared;

import jakarta.inject.Singleton;
import java.util.UUID;

/** This node's name on the leases it stamps (outbox messages, deadline clocks): its process id and a random part. */
@Singleton
public final class ClaimOwner {

    private final String id = ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);

    public String id() {
        return id;
    }
}
