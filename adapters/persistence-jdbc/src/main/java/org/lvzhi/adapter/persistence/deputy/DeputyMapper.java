package org.lvzhi.adapter.persistence.deputy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.Constituency;
import org.lvzhi.domain.deputy.ContactDetails;
import org.lvzhi.domain.deputy.Deputy;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.DeputyStatus;
import org.lvzhi.domain.deputy.PersonId;
import org.lvzhi.domain.deputy.Seat;

/** Maps between deputy rows and the domain; the domain never sees a row. */
final class DeputyMapper {

    private DeputyMapper() {
    }

    /** The deputy's columns in the order of {@code DeputyAdapter.COLUMNS}, then its id. */
    static List<Object> columns(Deputy deputy) {
        Seat seat = deputy.seat();
        ContactDetails contact = deputy.contact();
        return Arrays.asList(
                deputy.person().value(),
                deputy.term().value(),
                seat.constituency().name(),
                seat.constituencyName().orElse(null),
                seat.delegation().map(UnitId::value).orElse(null),
                seat.deputyGroup().map(UnitId::value).orElse(null),
                seat.liaisonStation().map(UnitId::value).orElse(null),
                seat.grassroots(),
                seat.military(),
                contact.phone().orElse(null),
                contact.email().orElse(null),
                contact.address().orElse(null),
                deputy.status().name(),
                deputy.id().value());
    }

    static DeputyView toView(DeputyListingRow row) {
        Seat seat = new Seat(
                Constituency.valueOf(row.constituency()),
                Optional.ofNullable(row.constituencyName()),
                Optional.ofNullable(row.delegationId()).map(UnitId::new),
                Optional.ofNullable(row.deputyGroupId()).map(UnitId::new),
                Optional.ofNullable(row.liaisonStationId()).map(UnitId::new),
                row.grassroots(),
                row.military());
        ContactDetails contact = new ContactDetails(
                Optional.ofNullable(row.phone()), Optional.ofNullable(row.email()), Optional.ofNullable(row.address()));
        Deputy deputy = new Deputy(
                new DeputyId(row.id()), new PersonId(row.personId()), new TermId(row.termId()), seat, contact,
                DeputyStatus.valueOf(row.status()));
        return new DeputyView(deputy, PersonAdapter.toPerson(row.personId(), row.personName(), row.personLogin()));
    }
}
