package org.lvzhi.application.policy.port.out;

import java.util.List;

/** The acting congress's record of profile edits: who saved which version when, and what changed. */
public interface ProfileAuditPort {

    void add(ProfileAuditEntry entry);

    List<ProfileAuditEntry> entries();
}
