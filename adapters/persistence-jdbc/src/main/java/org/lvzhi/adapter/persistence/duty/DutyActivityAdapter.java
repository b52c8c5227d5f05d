package org.lvzhi.adapter.persistence.duty;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.lvzhi.application.duty.port.out.DutyActivityPort;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.DutyActivity;
import org.lvzhi.domain.duty.DutyActivityId;

@Singleton
class DutyActivityAdapter implements DutyActivityPort {

    private final DutyActivityRepository activities;

    DutyActivityAdapter(DutyActivityRepository activities) {
        this.activities = activities;
    }

    @Override
    public void add(DutyActivity activity) {
        activities.save(new DutyActivityRow(activity.id().value(), activity.term().value(), activity.type(),
                activity.title(), activity.date(), activity.place().orElse(null),
                activity.organiserUnit().map(UnitId::value).orElse(null), activity.organisedBy()));
        activity.invited().forEach(deputy -> activities.invite(activity.id().value(), deputy.value()));
    }

    @Override
    public Optional<DutyActivity> find(DutyActivityId id) {
        return activities.findById(id.value()).map(this::toActivity);
    }

    @Override
    public Page<DutyActivity> list(PageRequest page) {
        var found = activities.findAll(Pageable.from(page.page(), page.size(),
                Sort.of(Sort.Order.desc("heldOn"), Sort.Order.asc("id"))));
        return Page.of(found.getContent().stream().map(this::toActivity).toList(), page, found.getTotalSize());
    }

    private DutyActivity toActivity(DutyActivityRow row) {
        return new DutyActivity(new DutyActivityId(row.id()), new TermId(row.termId()), row.type(), row.title(),
                row.heldOn(), Optional.ofNullable(row.place()), Optional.ofNullable(row.organiserUnitId()).map(UnitId::new),
                row.organisedBy(), activities.invited(row.id()).stream().map(DeputyId::new).toList());
    }
}
