package org.lvzhi.application.imports;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lvzhi.application.imports.port.in.ConcurrentImport;
import org.lvzhi.application.imports.port.in.ImportCommand;
import org.lvzhi.application.imports.port.in.ImportReport;
import org.lvzhi.application.imports.port.in.ImportUseCases;
import org.lvzhi.application.imports.port.in.RowError;
import org.lvzhi.application.imports.port.in.SkippedRow;
import org.lvzhi.application.imports.port.out.ImportFingerprintPort;
import org.lvzhi.application.imports.port.out.ImportKind;
import org.lvzhi.application.imports.port.out.Sheet;
import org.lvzhi.application.imports.port.out.SpreadsheetReader;
import org.lvzhi.application.imports.port.out.SpreadsheetWriter;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.shared.Messages;

/**
 * Reads the file, checks every row, and imports in one transaction in the acting congress: nothing when a
 * row is bad (unless the caller accepts the valid rows) or in a dry run. A row whose fingerprint is known is
 * skipped, so importing a file twice, or the same row in two files, creates nothing new.
 */
@Singleton
class ImportService implements ImportUseCases {

    private static final Messages MESSAGES = Messages.of(ImportService.class);

    private final TransactionPort transactions;
    private final SpreadsheetReader reader;
    private final SpreadsheetWriter writer;
    private final ImportFingerprintPort fingerprints;
    private final Map<ImportKind, RowImporter> importers;

    ImportService(TransactionPort transactions, SpreadsheetReader reader, SpreadsheetWriter writer,
            ImportFingerprintPort fingerprints, List<RowImporter> importers) {
        this.transactions = transactions;
        this.reader = reader;
        this.writer = writer;
        this.fingerprints = fingerprints;
        this.importers = importers.stream().collect(Collectors.toMap(RowImporter::kind, Function.identity()));
    }

    @Override
    public ImportReport importFile(ActingCaller caller, ImportCommand command) {
        RowImporter importer = allowed(caller, command.kind());
        Sheet sheet = reader.read(command.content(), command.format(), ImportCommand.MAX_ROWS);
        return transactions.inCongress(caller.congress(), () -> run(importer.open(caller), importer, caller, sheet, command));
    }

    @Override
    public byte[] template(ActingCaller caller, ImportKind kind) {
        RowImporter importer = allowed(caller, kind);
        return writer.template(importer.title(), Column.headers(importer.columns()));
    }

    private RowImporter allowed(ActingCaller caller, ImportKind kind) {
        RowImporter importer = importers.get(kind);
        if (importer.allowedRoles().stream().noneMatch(caller::has)) {
            throw new AccessDenied(MESSAGES.text("import.denied"));
        }
        return importer;
    }

    private <C> ImportReport run(RowImporter.Batch<C> batch, RowImporter importer, ActingCaller caller, Sheet sheet,
            ImportCommand command) {
        Map<Column, Integer> positions = positions(importer.columns(), sheet.header());
        List<RowError> errors = new ArrayList<>(missingColumns(importer.columns(), positions));
        boolean unreadableHeader = !errors.isEmpty();
        List<Valid<C>> valid = new ArrayList<>();
        if (!unreadableHeader) {
            validate(batch, importer.kind(), sheet, positions, errors, valid);
        }
        Set<String> known = Set.copyOf(fingerprints.imported(importer.kind(), valid.stream().map(Valid::fingerprint).toList()));
        List<SkippedRow> skipped = valid.stream().filter(v -> known.contains(v.fingerprint()))
                .map(v -> new SkippedRow(v.row().number(), MESSAGES.text("row.skipped"))).toList();
        List<Valid<C>> toImport = withoutConflicts(batch, valid.stream().filter(v -> !known.contains(v.fingerprint())).toList(), errors);
        errors.sort(Comparator.comparingInt(RowError::row));
        int rows = sheet.rows().size();
        int rejected = unreadableHeader ? rows : (int) errors.stream().map(RowError::row).distinct().count();
        boolean importing = !command.dryRun() && (errors.isEmpty() || command.acceptValidRows());
        if (importing) {
            toImport.forEach(v -> create(batch, importer.kind(), caller, v));
            batch.finish();
        }
        int imported = importing || command.dryRun() ? toImport.size() : 0;
        return new ImportReport(importer.kind(), command.dryRun(), rows, imported, skipped.size(), rejected, errors, skipped);
    }

    private <C> void validate(RowImporter.Batch<C> batch, ImportKind kind, Sheet sheet, Map<Column, Integer> positions,
            List<RowError> errors, List<Valid<C>> valid) {
        Map<Column, String> headers = new HashMap<>();
        positions.forEach((column, index) -> headers.put(column, sheet.header().get(index).strip()));
        Map<String, Integer> firstRowOf = new HashMap<>();
        for (Sheet.Row sheetRow : sheet.rows()) {
            Map<Column, String> values = new HashMap<>();
            positions.forEach((column, index) -> values.put(column, sheetRow.cell(index)));
            ImportRow row = new ImportRow(sheetRow.number(), values, headers);
            RowErrors rowErrors = new RowErrors(row);
            rowErrors.checkText();
            Optional<C> candidate = rowErrors.any() ? Optional.empty() : batch.validate(row, rowErrors);
            if (candidate.isPresent() && !rowErrors.any()) {
                String fingerprint = Fingerprints.of(kind, batch.identity(candidate.get()));
                Integer first = firstRowOf.putIfAbsent(fingerprint, row.number());
                if (first == null) {
                    valid.add(new Valid<>(row, candidate.get(), fingerprint));
                } else {
                    rowErrors.addText(batch.identityColumns(), MESSAGES.text("row.duplicate", first));
                }
            }
            errors.addAll(rowErrors.list());
        }
    }

    /** The new rows that clash with nothing the congress has; the clashes are added to the errors. */
    private static <C> List<Valid<C>> withoutConflicts(RowImporter.Batch<C> batch, List<Valid<C>> fresh, List<RowError> errors) {
        List<Valid<C>> clear = new ArrayList<>();
        for (Valid<C> row : fresh) {
            RowErrors conflicts = new RowErrors(row.row());
            batch.checkConflicts(row.candidate(), conflicts);
            errors.addAll(conflicts.list());
            if (!conflicts.any()) {
                clear.add(row);
            }
        }
        return clear;
    }

    private <C> void create(RowImporter.Batch<C> batch, ImportKind kind, ActingCaller caller, Valid<C> row) {
        String id = batch.create(row.candidate());
        if (!fingerprints.remember(kind, row.fingerprint(), id, caller.subject())) {
            throw new ConcurrentImport(MESSAGES.text("import.concurrent", row.row().number()));
        }
    }

    /** Where each of the importer's columns is in the file; the first header cell naming a column wins. */
    private static Map<Column, Integer> positions(List<Column> columns, List<String> header) {
        Map<Column, Integer> positions = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i);
            int index = i;
            columns.stream().filter(c -> c.isNamedBy(cell)).findFirst().ifPresent(c -> positions.putIfAbsent(c, index));
        }
        return positions;
    }

    private static List<RowError> missingColumns(List<Column> columns, Map<Column, Integer> positions) {
        return columns.stream().filter(c -> c.required() && !positions.containsKey(c))
                .map(c -> new RowError(1, c.header(), MESSAGES.text("column.missing", c.header(), c.field())))
                .toList();
    }

    /** A row that passed every check, with its fingerprint. */
    private record Valid<C>(ImportRow row, C candidate, String fingerprint) {
    }
}
