package org.lvzhi.application.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lvzhi.application.policy.port.out.ProfileAuditEntry;
import org.lvzhi.application.policy.port.out.ProfileAuditPort;
import org.lvzhi.domain.congress.CongressId;

/**
 * Each congress's record of profile edits. Like the table under row-level security, an entry lands in the
 * acting congress (in a writing unit of work) and a congress reads only its own entries.
 */
public final class InMemoryProfileAudit implements ProfileAuditPort {

    private final InMemoryTransactions transactions;
    private final Map<CongressId, List<ProfileAuditEntry>> rows = new HashMap<>();

    public InMemoryProfileAudit(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(ProfileAuditEntry entry) {
        rows.computeIfAbsent(transactions.writingCongress(), c -> new ArrayList<>()).add(entry);
    }

    @Override
    public List<ProfileAuditEntry> entries() {
        return transactions.actingCongress().map(this::stored).orElse(List.of());
    }

    /** Records the entry in the congress as test set-up. */
    public ProfileAuditEntry seed(CongressId congress, ProfileAuditEntry entry) {
        transactions.setUp(congress, () -> add(entry));
        return entry;
    }

    /** Every entry recorded in the congress, in order, for assertions. */
    public List<ProfileAuditEntry> stored(CongressId congress) {
        return List.copyOf(rows.getOrDefault(congress, List.of()));
    }
}
