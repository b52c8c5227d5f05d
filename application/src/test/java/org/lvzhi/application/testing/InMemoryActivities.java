package org.lvzhi.application.testing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.duty.port.out.DutyActivityPort;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.duty.DutyActivity;
import org.lvzhi.domain.duty.DutyActivityId;

/** The duty activities of each congress with their invitations; listed latest first. */
public final class InMemoryActivities implements DutyActivityPort {

    private final InMemoryTransactions transactions;
    private final TenantTable<DutyActivityId, DutyActivity> activities;

    public InMemoryActivities(InMemoryTransactions transactions) {
        this.transactions = transactions;
        this.activities = new TenantTable<>("duty activity", transactions);
    }

    @Override
    public void add(DutyActivity activity) {
        activities.insert(activity.id(), activity);
    }

    @Override
    public Optional<DutyActivity> find(DutyActivityId id) {
        return activities.find(id);
    }

    @Override
    public Page<DutyActivity> list(PageRequest page) {
        return Paging.page(activities.visible()
                .sorted(Comparator.comparing(DutyActivity::date).reversed().thenComparing(a -> a.id().value()))
                .toList(), page);
    }

    /** Stores the activity in the congress as test set-up. */
    public DutyActivity seed(CongressId congress, DutyActivity activity) {
        transactions.setUp(congress, () -> add(activity));
        return activity;
    }

    /** Every activity stored for the congress. */
    public List<DutyActivity> stored(CongressId congress) {
        return activities.stored(congress);
    }
}
