package org.lvzhi.application.imports;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.lvzhi.application.deputy.port.in.ChangeDeputyStatusCommand;
import org.lvzhi.application.deputy.port.in.DeputyRegisterUseCase;
import org.lvzhi.application.deputy.port.in.RegisterDeputyCommand;
import org.lvzhi.application.deputy.port.in.UpdateDeputyCommand;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.imports.port.in.ImportCommand;
import org.lvzhi.application.imports.port.out.ImportFingerprintPort;
import org.lvzhi.application.imports.port.out.ImportKind;
import org.lvzhi.application.imports.port.out.Sheet;
import org.lvzhi.application.imports.port.out.SpreadsheetFormat;
import org.lvzhi.application.imports.port.out.SpreadsheetReader;
import org.lvzhi.application.imports.port.out.SpreadsheetWriter;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.testing.FakeProfiles;
import org.lvzhi.application.testing.InMemoryPlatform;
import org.lvzhi.application.testing.RecordingNotifications;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.Deputy;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.Person;
import org.lvzhi.domain.deputy.PersonId;
import org.lvzhi.domain.policy.MeasureUnit;
import org.lvzhi.domain.policy.PolicyProfile;
import org.lvzhi.domain.policy.ProfileFixtures;

/**
 * The import service on in-memory ports: the platform's stores (duty records among them), fingerprints per congress,
 * the baseline catalogue of the profile fixtures, and a reader that takes the "file" as comma-separated lines.
 */
final class ImportTestBed {

    static final Instant NOW = Instant.parse("2026-03-05T02:00:00Z");

    final InMemoryPlatform platform = InMemoryPlatform.create();
    /** The deputies supervision was told about, in order. */
    final List<DeputyId> filed = new ArrayList<>();
    final RememberedFingerprints fingerprints = new RememberedFingerprints();
    final Register register = new Register();
    /** The baseline's catalogue and a type measured in days, for the quantity column. */
    private static final PolicyProfile WITH_TRAINING_DAYS = ProfileFixtures.profile("imports").inherits(PolicyProfile.BASELINE)
            .effectiveFrom(ProfileFixtures.BASELINE_FROM).types(ProfileFixtures.measured("TRAINING_DAYS", MeasureUnit.DAY)).build();

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final RecordingNotifications notifications = new RecordingNotifications();
    final ImportService service = new ImportService(platform.transactions(), new LinesReader(), new HeadersWriter(), fingerprints,
            List.of(new DutyRecordImporter(platform.deputies(), platform.records(), platform.terms(),
                            FakeProfiles.resolving(ProfileFixtures.baseline(), WITH_TRAINING_DAYS), (congress, deputy) -> filed.add(deputy), notifications,
                            clock),
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
