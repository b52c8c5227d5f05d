package org.lvzhi.application.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.application.policy.port.out.ProfileVersionsPort;
import org.lvzhi.application.policy.port.out.StaleProfileVersion;
import org.lvzhi.application.policy.port.out.StoredProfileVersion;
import org.lvzhi.domain.congress.CongressId;

/**
 * The stored profile versions of every owner. Like the table: any congress reads any owner's versions (they
 * are published regulations) but only inside a unit of work; a version is written to the acting congress's own
 * profile, in a writing unit of work; and a number already taken is refused as the primary key refuses it,
 * with {@link StaleProfileVersion}.
 */
public final class InMemoryProfileVersions implements ProfileVersionsPort {

    private final InMemoryTransactions transactions;
    private final Map<String, List<StoredProfileVersion>> rows = new HashMap<>();

    public InMemoryProfileVersions(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<StoredProfileVersion> versions(String owner) {
        if (transactions.actingCongress().isEmpty()) {
            throw new IllegalStateException("read of profile versions outside a unit of work");
        }
        return stored(owner);
    }

    @Override
    public void add(StoredProfileVersion version) {
        insert(transactions.writingCongress().value(), version);
    }

    /** Stores the version in the owner's profile as test set-up (the baseline, or an earlier or concurrent save). */
    public StoredProfileVersion seed(String owner, StoredProfileVersion version) {
        insert(owner, version);
        return version;
    }

    /** Stores the version in the congress's profile as test set-up. */
    public StoredProfileVersion seed(CongressId congress, StoredProfileVersion version) {
        return seed(congress.value(), version);
    }

    /** Every version stored for the owner, by number, read as the schema owner would, for assertions. */
    public List<StoredProfileVersion> stored(String owner) {
        return rows.getOrDefault(owner, List.of()).stream().sorted(Comparator.comparingInt(StoredProfileVersion::number)).toList();
    }

    public List<StoredProfileVersion> stored(CongressId congress) {
        return stored(congress.value());
    }

    private void insert(String owner, StoredProfileVersion version) {
        List<StoredProfileVersion> versions = rows.computeIfAbsent(owner, o -> new ArrayList<>());
        if (versions.stream().anyMatch(v -> v.number() == version.number())) {
            throw new StaleProfileVersion(version.number(), Optional.of(version.number() - 1),
                    "primary key: version " + version.number() + " of " + owner + " is taken");
        }
        versions.add(version);
    }
}
