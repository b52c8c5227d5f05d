package org.lvzhi.application.imports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lvzhi.application.deputy.DeputyView;
import org.lvzhi.application.deputy.port.in.ChangeDeputyStatusCommand;
import org.lvzhi.application.deputy.port.in.DeputyRegisterUseCase;
import org.lvzhi.application.deputy.port.in.RegisterDeputyCommand;
import org.lvzhi.application.deputy.port.in.UpdateDeputyCommand;
import org.lvzhi.application.duty.port.out.DutyRecordPort;
import org.lvzhi.application.identity.ActingCaller;
import org.lvzhi.application.imports.port.in.ImportCommand;
import org.lvzhi.application.imports.port.out.ImportFingerprintPort;
import org.lvzhi.application.imports.port.out.Sheet;
import org.lvzhi.application.imports.port.out.SpreadsheetReader;
import org.lvzhi.application.imports.port.out.SpreadsheetWriter;
import org.lvzhi.application.policy.ProfileAuditEntry;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.application.testing.InMemoryPlatform;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.Deputy;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.Person;
import org.lvzhi.domain.deputy.PersonId;
import org.lvzhi.domain.duty.DutyActivityId;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.duty.DutyRecordId;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.ProfileDiff;
import org.lvzhi.domain.policy.ProfileFixtures;
import org.lvzhi.domain.policy.ProfileVersion;

/**
 * The import service on in-memory ports: the register's stores, duty records and fingerprints per congress,
 * the baseline catalogue of the profile fixtures, and a reader that takes the "file" as comma-separated lines.
 */
final class ImportTestBed {

    static final Instant NOW = Instant.parse("2026-03-05T02:00:00Z");

    final InMemoryPlatform platform = InMemoryPlatform.create();
    final Records records = new Records();
    /** The deputies supervision was told about, in order. */
    final List<DeputyId> filed = new ArrayList<>();
    final RememberedFingerprints fingerprints = new RememberedFingerprints();
    final Register register = new Register();
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final ImportService service = new ImportService(platform.transactions(), new LinesReader(), new HeadersWriter(), fingerprints,
            List.of(new DutyRecordImporter(platform.deputies(), records, platform.terms(), new BaselineProfiles(), (congress, deputy) -> filed.add(deputy), clock),
                    new DeputyImporter(platform.terms(), platform.units(), platform.deputies(), platform.persons(), register)));

    /** The "file": one comma-separated line per row, the header first. */
    static ImportCommand file(ImportKind kind, boolean acceptValidRows, boolean dryRun, String... lines) {
        return new ImportCommand(kind, SpreadsheetFormat.CSV, String.join("\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                acceptValidRows, dryRun);
    }

    /** Reads the lines as rows numbered from 1, skipping blank ones, as the real readers do. */
    static final class LinesReader implements SpreadsheetReader {

        @Override
        public Sheet read(byte[] content, SpreadsheetFormat format, int maxRows) {
            String[] lines = new String(content, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
            List<Sheet.Row> rows = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    rows.add(new Sheet.Row(i + 1, Arrays.asList(lines[i].split(",", -1))));
                }
            }
            return new Sheet(Arrays.asList(lines[0].split(",", -1)), rows);
        }
    }

    static final class HeadersWriter implements SpreadsheetWriter {

        @Override
        public byte[] template(String sheetName, List<String> headers) {
            return (sheetName + ":" + String.join(",", headers)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** The baseline fixture's catalogue, whatever the congress and date. */
    static final class BaselineProfiles implements PolicyProfileQueries {

        @Override
        public EffectiveProfile effective(ActingCaller caller, LocalDate on) {
            return effectiveIn(caller.congress(), on);
        }

        @Override
        public EffectiveProfile effectiveIn(CongressId congress, LocalDate on) {
            return ProfileFixtures.baselineOn(on);
        }

        @Override
        public List<ProfileVersion> versions(ActingCaller caller) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ProfileVersion version(ActingCaller caller, int number) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String document(ActingCaller caller, int number) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ProfileDiff.Result diff(ActingCaller caller, int from, int to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ProfileAuditEntry> audit(ActingCaller caller) {
            throw new UnsupportedOperationException();
        }
    }

    /** Duty records by congress; only adding and reading are needed here. */
    final class Records implements DutyRecordPort {

        private final Map<CongressId, List<DutyRecord>> stored = new HashMap<>();

        List<DutyRecord> in(CongressId congress) {
            return List.copyOf(stored.getOrDefault(congress, List.of()));
        }

        @Override
        public void add(DutyRecord record) {
            stored.computeIfAbsent(acting(), c -> new ArrayList<>()).add(record);
        }

        @Override
        public void update(DutyRecord record) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<DutyRecord> find(DutyRecordId id) {
            return in(acting()).stream().filter(r -> r.id().equals(id)).findFirst();
        }

        @Override
        public boolean registeredAt(DeputyId deputy, DutyActivityId activity) {
            return false;
        }

        @Override
        public List<DutyRecord> ofDeputy(DeputyId deputy, LocalDate from, LocalDate to) {
            return in(acting()).stream().filter(r -> r.deputy().equals(deputy)).toList();
        }

        @Override
        public Page<DutyRecord> pending(PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<DutyRecord> pendingInGroups(Set<UnitId> groups, PageRequest page) {
            throw new UnsupportedOperationException();
        }
    }

    /** Fingerprints by congress and kind. */
    final class RememberedFingerprints implements ImportFingerprintPort {

        private final Map<CongressId, Map<String, String>> stored = new HashMap<>();

        @Override
        public Set<String> imported(ImportKind kind, Collection<String> fingerprints) {
            Map<String, String> known = stored.getOrDefault(acting(), Map.of());
            return fingerprints.stream().filter(f -> known.containsKey(kind + f)).collect(Collectors.toSet());
        }

        @Override
        public boolean remember(ImportKind kind, String fingerprint, String createdId, String importedBy) {
            return stored.computeIfAbsent(acting(), c -> new HashMap<>()).putIfAbsent(kind + fingerprint, createdId) == null;
        }

        int count(CongressId congress) {
            return stored.getOrDefault(congress, Map.of()).size();
        }
    }

    /** Registers as the register does, without identities or notifications: a new person and an active seat. */
    final class Register implements DeputyRegisterUseCase {

        final List<RegisterDeputyCommand> commands = new ArrayList<>();

        @Override
        public DeputyView register(CongressId congress, RegisterDeputyCommand command) {
            commands.add(command);
            Person person = new Person(PersonId.random(), command.name(), command.login());
            platform.persons().add(person);
            Deputy deputy = Deputy.elect(person.id(), command.term(), command.seat(), command.contact());
            platform.deputies().add(deputy);
            return new DeputyView(deputy, person);
        }

        @Override
        public DeputyView update(CongressId congress, DeputyId id, UpdateDeputyCommand command) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DeputyView changeStatus(ActingCaller caller, DeputyId id, ChangeDeputyStatusCommand command) {
            throw new UnsupportedOperationException();
        }
    }

    /** The congress the current unit of work acts in (the fakes here are tenant-owned too). */
    private CongressId acting() {
        List<org.lvzhi.application.testing.InMemoryTransactions.UnitOfWork> log = platform.transactions().log();
        return log.getLast().congress();
    }
}
