package org.lvzhi.domain.deputy;

import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Messages;

/** A person's seat in one congress for one term. The congress is the tenant the deputy is stored under. */
public record Deputy(DeputyId id, PersonId person, TermId term, Seat seat, ContactDetails contact, DeputyStatus status) {

    public Deputy {
        Checks.required("id", id);
        Checks.required("personId", person);
        Checks.required("termId", term);
        Checks.required("seat", seat);
        Checks.required("contact", contact);
        Checks.required("status", status);
    }

    public static Deputy elect(PersonId person, TermId term, Seat seat, ContactDetails contact) {
        return new Deputy(DeputyId.random(), person, term, seat, contact, DeputyStatus.ACTIVE);
    }

    public Deputy update(Seat newSeat, ContactDetails newContact) {
        return new Deputy(id, person, term, newSeat, newContact, status);
    }

    public Deputy moveTo(DeputyStatus next) {
        if (!status.canMoveTo(next)) {
            throw Messages.of(Deputy.class).violation("status", "status.transition", status, next);
        }
        return new Deputy(id, person, term, seat, contact, next);
    }
}
