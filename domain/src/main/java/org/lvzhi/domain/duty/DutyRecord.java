package org.lvzhi.domain.duty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Decimals;
import org.lvzhi.domain.shared.Messages;

/**
 * One registered fact of a deputy's duty performance (履职登记), filed in the deputy's archive. Only a
 * CONFIRMED record counts towards quotas, points and supervision. The counterpart names whom a record
 * concerns where a quota counts distinct ones (a fixed contact, a voter, a deputy); the quantity is how much of its
 * type's unit it measures (half a day of training is 0.5 of a DAY type), 1 where the type measures nothing.
 */
public record DutyRecord(
        DutyRecordId id,
        DeputyId deputy,
        String type,
        LocalDate date,
        Optional<DutyActivityId> activity,
        Optional<String> counterpart,
        Optional<String> note,
        RecordSource source,
        ReviewState state,
        Optional<String> rejectionReason,
        String registeredBy,
        BigDecimal quantity) {

    static final int MAX_TYPE_LENGTH = 64;
    private static final int MAX_COUNTERPART_LENGTH = 50;
    private static final int MAX_NOTE_LENGTH = 500;
    private static final int MAX_REASON_LENGTH = 200;
    private static final BigDecimal MAX_QUANTITY = BigDecimal.valueOf(10_000);
    private static final int QUANTITY_DECIMALS = 2;
    private static final Messages MESSAGES = Messages.of(DutyRecord.class);

    public DutyRecord {
        Checks.required("id", id);
        Checks.required("deputyId", deputy);
        type = Checks.text("type", type, MAX_TYPE_LENGTH);
        Checks.required("date", date);
        Checks.required("activityId", activity);
        counterpart = Checks.required("counterpart", counterpart).map(c -> Checks.text("counterpart", c, MAX_COUNTERPART_LENGTH));
        note = Checks.required("note", note).map(n -> Checks.text("note", n, MAX_NOTE_LENGTH));
        Checks.required("source", source);
        Checks.required("state", state);
        rejectionReason = Checks.required("reason", rejectionReason).map(r -> Checks.text("reason", r, MAX_REASON_LENGTH));
        Checks.required("registeredBy", registeredBy);
        Checks.required("quantity", quantity);
        if (quantity.signum() <= 0 || quantity.compareTo(MAX_QUANTITY) >= 0 || quantity.stripTrailingZeros().scale() > QUANTITY_DECIMALS) {
            throw MESSAGES.violation("quantity", "record.quantity", quantity.toPlainString());
        }
        quantity = Decimals.canonical(quantity);
    }

    /** A record registered by the organiser (or the office the profile names): it counts at once. */
    public static DutyRecord registered(
            DeputyId deputy, String type, LocalDate date, Optional<DutyActivityId> activity,
            Optional<String> counterpart, Optional<String> note, String registeredBy) {
        return new DutyRecord(DutyRecordId.random(), deputy, type, date, activity, counterpart, note,
                RecordSource.ORGANISER, ReviewState.CONFIRMED, Optional.empty(), registeredBy, BigDecimal.ONE);
    }

    /** A record the deputy registered: it counts only once the reviewer the profile names confirms it. */
    public static DutyRecord selfRegistered(
            DeputyId deputy, String type, LocalDate date, Optional<String> counterpart, Optional<String> note,
            String registeredBy) {
        return new DutyRecord(DutyRecordId.random(), deputy, type, date, Optional.empty(), counterpart, note,
                RecordSource.SELF, ReviewState.PENDING, Optional.empty(), registeredBy, BigDecimal.ONE);
    }

    /** The same record measuring {@code amount} of its type's unit (a record whose type measures nothing is 1). */
    public DutyRecord measuring(BigDecimal amount) {
        return new DutyRecord(id, deputy, type, date, activity, counterpart, note, source, state, rejectionReason, registeredBy, amount);
    }

    public DutyRecord confirm() {
        return reviewed(ReviewState.CONFIRMED, Optional.empty());
    }

    public DutyRecord reject(String reason) {
        return reviewed(ReviewState.REJECTED, Optional.of(Checks.text("reason", reason, MAX_REASON_LENGTH)));
    }

    public boolean counts() {
        return state == ReviewState.CONFIRMED;
    }

    private DutyRecord reviewed(ReviewState outcome, Optional<String> reason) {
        if (state != ReviewState.PENDING) {
            throw MESSAGES.violation("state", "record.already-reviewed", state);
        }
        return new DutyRecord(id, deputy, type, date, activity, counterpart, note, source, outcome, reason, registeredBy, quantity);
    }
}
