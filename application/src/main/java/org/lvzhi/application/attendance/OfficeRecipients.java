package org.lvzhi.application.attendance;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.lvzhi.application.attendance.port.out.PositionHoldersPort;
import org.lvzhi.application.event.Recipient;
import org.lvzhi.domain.attendance.StepActor;
import org.lvzhi.domain.deputy.Login;

/** The holders of the office an actor code names, as recipients; none for the organiser or a body outside the platform. */
final class OfficeRecipients {

    private OfficeRecipients() {
    }

    static Stream<Recipient> of(PositionHoldersPort holders, String actor, LocalDate on) {
        return StepActor.of(actor) instanceof StepActor.Office office
                ? holders.holders(office.position(), on).stream()
                        .map(person -> new Recipient(person.name().value(), person.login().map(Login::value), Optional.empty()))
                : Stream.empty();
    }
}
