package org.lvzhi.application.imports.port.in;

import java.util.List;
import org.lvzhi.application.imports.port.out.ImportKind;

/**
 * What an import did or, in a dry run, would do. {@code rows} counts the non-blank data rows; each lands in
 * exactly one of imported, skipped (imported before) or rejected (at least one error). When a file has
 * errors and the caller did not accept the valid rows, nothing is imported and {@code imported} is 0; in a
 * dry run {@code imported} counts the rows that would be imported.
 */
public record ImportReport(
        ImportKind kind,
        boolean dryRun,
        int rows,
        int imported,
        int skipped,
        int rejected,
        List<RowError> errors,
        List<SkippedRow> skippedRows) {

    public ImportReport {
        errors = List.copyOf(errors);
        skippedRows = List.copyOf(skippedRows);
    }

    /** The file had errors and nothing was imported from it: the caller has to fix the file. */
    public boolean refused() {
        return !dryRun && !errors.isEmpty() && imported == 0;
    }
}
