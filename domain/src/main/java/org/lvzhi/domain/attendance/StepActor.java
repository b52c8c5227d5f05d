package org.lvzhi.domain.attendance;

import java.util.Arrays;
import java.util.Optional;
import org.lvzhi.domain.deputy.Position;
import org.lvzhi.domain.shared.Messages;

/**
 * Who an approval step names, as the platform tells them apart: an office held by a person on the platform
 * ({@link Position}), the organiser of the activity, or a body outside the platform (an electing unit's standing
 * committee, the military district, the general office…) whose step staff record with its document reference.
 */
public sealed interface StepActor {

    String ORGANISER_CODE = "ORGANISER";

    String code();

    /** The Chinese name of the actor. */
    default String label() {
        Messages messages = Messages.of(StepActor.class);
        return switch (this) {
            case Office office -> Messages.label(office.position());
            case Organiser organiser -> messages.text("actor.ORGANISER");
            case OutsideBody body -> messages.has("actor." + body.code()) ? messages.text("actor." + body.code()) : body.code();
        };
    }

    record Office(Position position) implements StepActor {
        @Override
        public String code() {
            return position.name();
        }
    }

    record Organiser() implements StepActor {
        @Override
        public String code() {
            return ORGANISER_CODE;
        }
    }

    record OutsideBody(String code) implements StepActor {
    }

    static StepActor of(String code) {
        if (ORGANISER_CODE.equals(code)) {
            return new Organiser();
        }
        return position(code).<StepActor>map(Office::new).orElseGet(() -> new OutsideBody(code));
    }

    private static Optional<Position> position(String code) {
        return Arrays.stream(Position.values()).filter(p -> p.name().equals(code)).findFirst();
    }
}
