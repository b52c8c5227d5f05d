package org.lvzhi.adapter.web.deputy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.Constituency;
import org.lvzhi.domain.deputy.ContactDetails;
import org.lvzhi.domain.deputy.Deputy;
import org.lvzhi.domain.deputy.DeputyStatus;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.deputy.Seat;

@Serdeable
record DeputyResponse(
        String id,
        String personId,
        String name,
        @Nullable String login,
        String termId,
        @Schema(implementation = Constituency.class, requiredMode = Schema.RequiredMode.REQUIRED) String constituency,
        @Nullable String constituencyName,
        @Nullable String delegationId,
        @Nullable String deputyGroupId,
        @Nullable String liaisonStationId,
        boolean grassroots,
        boolean military,
        @Schema(implementation = DeputyStatus.class, requiredMode = Schema.RequiredMode.REQUIRED) String status,
        Contact contact) {

    @Serdeable
    record Contact(@Nullable String phone, @Nullable String email, @Nullable String address) {
    }

    static DeputyResponse of(DeputyView view) {
        Deputy deputy = view.deputy();
        Seat seat = deputy.seat();
        ContactDetails contact = deputy.contact();
        return new DeputyResponse(
                deputy.id().toString(),
                deputy.person().toString(),
                view.person().name().value(),
                view.person().login().map(Login::value).orElse(null),
                deputy.term().toString(),
                seat.constituency().name(),
                seat.constituencyName().orElse(null),
                seat.delegation().map(UnitId::toString).orElse(null),
                seat.deputyGroup().map(UnitId::toString).orElse(null),
                seat.liaisonStation().map(UnitId::toString).orElse(null),
                seat.grassroots(),
                seat.military(),
                deputy.status().name(),
                new Contact(contact.phone().orElse(null), contact.email().orElse(null), contact.address().orElse(null)));
    }
}
