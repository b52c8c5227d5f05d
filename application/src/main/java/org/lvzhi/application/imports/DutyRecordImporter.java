package org.lvzhi.application.imports;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.lvzhi.application.congress.port.out.LoadTermsPort;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.application.duty.event.DutyRecordRegistered;
import org.lvzhi.application.duty.port.in.FactsObserver;
import org.lvzhi.application.duty.port.out.DutyRecordPort;
import org.lvzhi.application.event.Notification;
import org.lvzhi.application.event.NotificationPort;
import org.lvzhi.application.imports.port.in.ImportAccess;
import org.lvzhi.application.imports.port.out.ImportKind;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.policy.ActivityType;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.Sourced;

/**
 * Duty records from a spreadsheet, registered as by the organiser (they count at once), by the caller, without
 * an activity. The deputy is named by id, login or name (a name two deputies share needs the login or id); the
 * type by its code or its Chinese name in the activity-type catalogue in force on the record's date.
 */
@Singleton
class DutyRecordImporter implements RowImporter {

    static final Column DEPUTY_NAME = Column.optional("代表姓名", "deputyName");
    static final Column LOGIN = Column.optional("登录名", "login");
    static final Column DEPUTY_ID = Column.optional("代表编号", "deputyId");
    static final Column TYPE = Column.required("类型", "type");
    static final Column DATE = Column.required("日期", "date");
    static final Column COUNTERPART = Column.optional("对象", "counterpart");
    static final Column NOTE = Column.optional("备注", "note");
    static final Column QUANTITY = Column.optional("数量", "quantity");
    private static final List<Column> COLUMNS = List.of(DEPUTY_NAME, LOGIN, DEPUTY_ID, TYPE, DATE, COUNTERPART, NOTE, QUANTITY);

    private final LoadDeputyPort deputies;
    private final DutyRecordPort records;
    private final LoadTermsPort terms;
    private final PolicyProfileQueries profiles;
    private final FactsObserver observer;
    private final NotificationPort notifications;
    private final Clock clock;

    DutyRecordImporter(LoadDeputyPort deputies, DutyRecordPort records, LoadTermsPort terms, PolicyProfileQueries profiles,
            FactsObserver observer, NotificationPort notifications, Clock clock) {
        this.deputies = deputies;
        this.records = records;
        this.terms = terms;
        this.profiles = profiles;
        this.observer = observer;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.DUTY_RECORDS;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public String operation() {
        return ImportAccess.IMPORT_DUTY_RECORDS;
    }

    @Override
    public String title() {
        return "履职登记";
    }

    @Override
    public Batch<DutyRecord> open(ActingCaller caller) {
        return new RecordBatch(caller);
    }

    private final class RecordBatch implements Batch<DutyRecord> {

        private final ActingCaller caller;
        private final LocalDate today = LegalDate.today(clock);
        private final Map<LocalDate, EffectiveProfile> catalogues = new HashMap<>();
        private final Map<String, List<DeputyView>> deputiesByName = new HashMap<>();
        private final Set<DeputyId> filedFor = new LinkedHashSet<>();

        RecordBatch(ActingCaller caller) {
            this.caller = caller;
        }

        @Override
        public Optional<DutyRecord> validate(ImportRow row, RowErrors errors) {
            LocalDate date = date(row, errors);
            Optional<DeputyView> deputy = deputy(row, date, errors);
            if (deputy.isPresent() && date != null) {
                checkTerm(deputy.get(), date, errors);
            }
            String typeText = errors.required(TYPE);
            ActivityType type = typeText == null ? null : type(typeText, date == null ? today : date, errors);
            BigDecimal quantity = type == null ? null : quantity(row, type, errors);
            if (deputy.isEmpty() || date == null || type == null || quantity == null) {
                return Optional.empty();
            }
            DutyRecord record = errors.check(field -> switch (field) {
                case "counterpart" -> COUNTERPART;
                case "note" -> NOTE;
                case "quantity" -> QUANTITY;
                default -> TYPE;
            }, () -> DutyRecord.registered(deputy.get().deputy().id(), type.code(), date, Optional.empty(), row.value(COUNTERPART),
                    row.value(NOTE), caller.subject()).measuring(quantity));
            return errors.any() ? Optional.empty() : Optional.ofNullable(record);
        }

        @Override
        public List<String> identity(DutyRecord record) {
            return List.of(record.deputy().value().toString(), record.type(), record.date().toString(), record.counterpart().orElse(""));
        }

        @Override
        public String identityColumns() {
            return "代表、类型、日期、对象";
        }

        @Override
        public String create(DutyRecord record) {
            records.add(record);
            filedFor.add(record.deputy());
            notifications.send(Notification.of(caller.congress(), DutyRecordRegistered.of(record), List.of()));
            return record.id().toString();
        }

        /** Supervision hears of each deputy's new confirmed facts once, as after a registration. */
        @Override
        public void finish() {
            filedFor.forEach(deputy -> observer.filed(caller.congress(), deputy));
        }

        /** A record dated outside the deputy's term does not belong to this seat. */
        private void checkTerm(DeputyView deputy, LocalDate date, RowErrors errors) {
            terms.find(deputy.deputy().term()).filter(term -> !term.covers(date))
                    .ifPresent(term -> errors.add(DATE, "date.outside-term", date, term.startsOn(), term.endsOn()));
        }

        /** The deputy the row names: by id, else by login, else by a name only one deputy has (on the record's date). */
        private Optional<DeputyView> deputy(ImportRow row, LocalDate date, RowErrors errors) {
            Optional<String> name = row.value(DEPUTY_NAME);
            Optional<DeputyView> found;
            Column by;
            if (row.value(DEPUTY_ID).isPresent()) {
                by = DEPUTY_ID;
                found = byId(row.value(DEPUTY_ID).get());
            } else if (row.value(LOGIN).isPresent()) {
                by = LOGIN;
                Login login = errors.check(LOGIN, () -> new Login(row.value(LOGIN).get()));
                found = login == null ? null : deputies.findByLogin(login);
            } else if (name.isPresent()) {
                return byName(name.get(), date, errors);
            } else {
                errors.add(DEPUTY_NAME, "deputy.missing");
                return Optional.empty();
            }
            if (found == null) {
                return Optional.empty();
            }
            if (found.isEmpty()) {
                errors.add(by, "deputy.unknown", row.value(by).orElseThrow());
                return Optional.empty();
            }
            if (name.isPresent() && !found.get().person().name().value().equals(name.get())) {
                errors.add(DEPUTY_NAME, "deputy.name-mismatch", name.get(), found.get().person().name().value());
                return Optional.empty();
            }
            return found;
        }

        private Optional<DeputyView> byId(String text) {
            try {
                return deputies.find(new DeputyId(UUID.fromString(text)));
            } catch (IllegalArgumentException notAnId) {
                return Optional.empty();
            }
        }

        /** A person re-elected for a second term has a seat in each: the one whose term covers the date is meant. */
        private Optional<DeputyView> byName(String name, LocalDate date, RowErrors errors) {
            List<DeputyView> everyTerm = deputiesByName.computeIfAbsent(name, n -> NamedDeputies.named(deputies, n, Optional.empty()));
            List<DeputyView> onTheDate = everyTerm.stream()
                    .filter(seat -> date != null && terms.find(seat.deputy().term()).map(term -> term.covers(date)).orElse(false))
                    .toList();
            List<DeputyView> named = onTheDate.isEmpty() ? everyTerm : onTheDate;
            if (named.isEmpty()) {
                errors.add(DEPUTY_NAME, "deputy.unknown", name);
                return Optional.empty();
            }
            if (named.size() > 1) {
                errors.add(DEPUTY_NAME, "deputy.ambiguous", name, named.size());
                return Optional.empty();
            }
            return Optional.of(named.getFirst());
        }

        private LocalDate date(ImportRow row, RowErrors errors) {
            Optional<String> text = row.value(DATE);
            if (text.isEmpty()) {
                errors.add(DATE, "cell.required");
                return null;
            }
            Optional<LocalDate> date = Cells.date(text.get());
            if (date.isEmpty()) {
                errors.add(DATE, "date.invalid", text.get());
                return null;
            }
            if (date.get().isAfter(today)) {
                errors.add(DATE, "date.future", date.get());
                return null;
            }
            return date.get();
        }

        /** The quantity in the row, 1 when empty; a type that measures nothing takes only 1. */
        private BigDecimal quantity(ImportRow row, ActivityType type, RowErrors errors) {
            Optional<String> text = row.value(QUANTITY);
            Optional<BigDecimal> quantity = text.isEmpty() ? Optional.of(BigDecimal.ONE) : Cells.decimal(text.get());
            if (quantity.isEmpty()) {
                errors.add(QUANTITY, "quantity.invalid", text.get());
                return null;
            }
            if (!type.accepts(quantity.get())) {
                errors.add(QUANTITY, "quantity.not-measured", type.name(), quantity.get().toPlainString());
                return null;
            }
            return quantity.get();
        }

        /** The type, found by code or Chinese name in the catalogue in force on the date. */
        private ActivityType type(String text, LocalDate on, RowErrors errors) {
            EffectiveProfile profile = catalogues.computeIfAbsent(on, d -> profiles.effectiveIn(caller.congress(), d));
            Optional<ActivityType> type = profile.activityTypes().stream().map(Sourced::value)
                    .filter(t -> t.code().equalsIgnoreCase(text) || t.name().equals(text))
                    .findFirst();
            if (type.isEmpty()) {
                errors.add(TYPE, "type.unknown", text);
                return null;
            }
            return type.get();
        }
    }
}
