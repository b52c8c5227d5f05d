package org.lvzhi.application.policy.port.out;

import java.time.Instant;
import java.util.List;

/** One saved edit of a profile: the version it created, who and when, and the changes as readable lines. */
public record ProfileAuditEntry(String owner, int version, Instant savedAt, String savedBy, List<String> changes) {

    public ProfileAuditEntry {
        changes = List.copyOf(changes);
    }
}
