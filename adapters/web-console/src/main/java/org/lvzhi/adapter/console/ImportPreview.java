package org.lvzhi.adapter.console;

import java.util.List;
import org.lvzhi.application.imports.port.in.ImportReport;
import org.lvzhi.application.imports.port.in.RowError;

/**
 * What a checked or stored import says: its counts, every row error by row and column, and (when the check found no
 * error) the file again, carried in the confirming form so that confirming stores exactly what was checked.
 */
public record ImportPreview(String summary, List<RowError> errors, List<String> skipped, String kind, String format,
                            String content) {

    static ImportPreview of(ImportReport report, String format, String content) {
        String summary = report.dryRun()
                ? ConsoleText.text(report.errors().isEmpty() ? "import.checked" : "import.checked-errors", report.rows(), report.imported(), report.skipped(), report.rejected())
                : ConsoleText.text(report.refused() ? "import.refused" : "import.stored", report.rows(), report.imported(),
                        report.skipped(), report.rejected());
        return new ImportPreview(summary, report.errors(), report.skippedRows().stream()
                .map(row -> ConsoleText.text("import.skipped-row", row.row(), row.message())).toList(),
                report.kind().name(), format, report.dryRun() && report.errors().isEmpty() && report.imported() > 0 ? content : "");
    }

    public boolean confirmable() {
        return !content.isEmpty();
    }
}
