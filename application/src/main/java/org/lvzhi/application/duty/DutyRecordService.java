package org.lvzhi.application.duty;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.application.duty.event.DutyRecordConfirmed;
import org.lvzhi.application.duty.event.DutyRecordRegistered;
import org.lvzhi.application.duty.event.DutyRecordRejected;
import org.lvzhi.application.duty.port.in.DutyAccess;
import org.lvzhi.application.duty.port.in.DutyRecordUseCases;
import org.lvzhi.application.duty.port.in.FactsObserver;
import org.lvzhi.application.duty.port.in.RecordCommand;
import org.lvzhi.application.duty.port.in.ReviewDecision;
import org.lvzhi.application.duty.port.out.DutyRecordPort;
import org.lvzhi.application.event.Notification;
import org.lvzhi.application.event.NotificationPort;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.duty.DutyRecordId;
import org.lvzhi.domain.policy.ActivityType;
import org.lvzhi.domain.shared.Messages;

@Singleton
class DutyRecordService implements DutyRecordUseCases {

    private static final Messages MESSAGES = Messages.of(DutyRecordService.class);

    private final TransactionPort transactions;
    private final LoadDeputyPort deputies;
    private final DutyRecordPort records;
    private final RecordAuthority authority;
    private final RecordChecks checks;
    private final FactsObserver observer;
    private final NotificationPort notifications;
    private final Clock clock;

    DutyRecordService(TransactionPort transactions, LoadDeputyPort deputies, DutyRecordPort records,
            RecordAuthority authority, RecordChecks checks, FactsObserver observer, NotificationPort notifications, Clock clock) {
        this.transactions = transactions;
        this.deputies = deputies;
        this.records = records;
        this.authority = authority;
        this.checks = checks;
        this.observer = observer;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public DutyRecord register(ActingCaller caller, RecordCommand command) {
        return transactions.inCongress(caller.congress(), () -> {
            DeputyView deputy = checks.deputy(command.deputy().orElseThrow(() -> MESSAGES.violation("deputyId", "deputy.required")));
            ActivityType type = checks.checkedType(caller.congress(), command.type(), command.date());
            authority.checkMayRegister(caller, type, deputy, LegalDate.today(clock));
            checks.checkDate(deputy, command.date(), LegalDate.today(clock));
            DutyRecord record = DutyRecord.registered(deputy.deputy().id(), type.code(), command.date(), Optional.empty(),
                    command.counterpart(), command.note(), caller.subject()).measuring(quantity(type, command));
            records.add(record);
            observer.filed(caller.congress(), deputy.deputy().id());
            announceRegistered(caller, record);
            return record;
        });
    }

    @Override
    public DutyRecord selfRegister(ActingCaller caller, RecordCommand command) {
        return transactions.inCongress(caller.congress(), () -> {
            DeputyView deputy = deputies.findByLogin(new Login(caller.subject()))
                    .orElseThrow(() -> MESSAGES.violation("deputyId", "own-seat.none"));
            ActivityType type = checks.checkedType(caller.congress(), command.type(), command.date());
            if (!type.selfRegistration()) {
                throw MESSAGES.violation("type", "type.not-self-registrable", type.name(),
                        RecordAuthority.party(type.registeredBy().orElse(RecordAuthority.ORGANISER)));
            }
            checks.checkDate(deputy, command.date(), LegalDate.today(clock));
            DutyRecord record = DutyRecord.selfRegistered(deputy.deputy().id(), type.code(), command.date(),
                    command.counterpart(), command.note(), caller.subject()).measuring(quantity(type, command));
            records.add(record);
            announceRegistered(caller, record);
            return record;
        });
    }

    @Override
    public DutyRecord review(ActingCaller caller, DutyRecordId id, ReviewDecision decision, Optional<String> reason) {
        return transactions.inCongress(caller.congress(), () -> {
            DutyRecord record = records.find(id).orElseThrow(() -> new NotFound("duty record", id));
            DeputyView deputy = checks.deputy(record.deputy());
            ActivityType type = checks.checkedType(caller.congress(), record.type(), record.date());
            authority.checkMayReview(caller, type, deputy, LegalDate.today(clock));
            DutyRecord reviewed = switch (decision) {
                case CONFIRM -> record.confirm();
                case REJECT -> record.reject(reason.orElseThrow(() -> MESSAGES.violation("reason", "reason.required")));
            };
            records.update(reviewed);
            if (reviewed.counts()) {
                observer.filed(caller.congress(), deputy.deputy().id());
            }
            notifications.send(Notification.of(caller.congress(), switch (decision) {
                case CONFIRM -> new DutyRecordConfirmed(reviewed.id(), reviewed.deputy(), reviewed.type(), reviewed.date());
                case REJECT -> new DutyRecordRejected(reviewed.id(), reviewed.deputy(), reviewed.type(), reviewed.date(),
                        reviewed.rejectionReason().orElseThrow());
            }, List.of()));
            return reviewed;
        });
    }

    private static BigDecimal quantity(ActivityType type, RecordCommand command) {
        BigDecimal quantity = command.quantity().orElse(BigDecimal.ONE);
        if (!type.accepts(quantity)) {
            throw MESSAGES.violation("quantity", "quantity.not-measured", type.name(), quantity.toPlainString());
        }
        return quantity;
    }

    private void announceRegistered(ActingCaller caller, DutyRecord record) {
        notifications.send(Notification.of(caller.congress(), DutyRecordRegistered.of(record), List.of()));
    }

    @Override
    public Slice<DutyRecord> reviewQueue(ActingCaller caller, KeysetRequest page) {
        return transactions.readInCongress(caller.congress(), () -> DutyAccess.GRANTS.allows(caller, DutyAccess.LIAISON_OFFICE)
                ? records.pending(page)
                : records.pendingInGroups(authority.groupsLedBy(caller, LegalDate.today(clock)), page));
    }

    @Override
    public DutyRecord find(ActingCaller caller, DutyRecordId id) {
        return transactions.readInCongress(caller.congress(), () -> records.find(id)
                .filter(record -> ArchiveReaders.mayRead(caller, checks.deputy(record.deputy())))
                .orElseThrow(() -> new NotFound("duty record", id)));
    }
}
