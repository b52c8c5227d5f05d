package org.lvzhi.adapter.web.imports;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.lvzhi.application.imports.port.in.ImportReport;
import org.lvzhi.application.imports.port.in.RowError;
import org.lvzhi.application.imports.port.in.SkippedRow;

/** The report of an import, as the API answers it. */
@Serdeable
record ImportResponse(
        String kind, boolean dryRun, int rows, int imported, int skipped, int rejected, List<ErrorItem> errors,
        List<SkippedItem> skippedRows) {

    static ImportResponse of(ImportReport report) {
        return new ImportResponse(kind(report), report.dryRun(), report.rows(), report.imported(), report.skipped(),
                report.rejected(), errors(report), report.skippedRows().stream().map(SkippedItem::of).toList());
    }

    static String kind(ImportReport report) {
        return switch (report.kind()) {
            case DEPUTIES -> "deputies";
            case DUTY_RECORDS -> "duty-records";
        };
    }

    static List<ErrorItem> errors(ImportReport report) {
        return report.errors().stream().map(ErrorItem::of).toList();
    }

    /**
     * A bad row: the row number as the spreadsheet shows it (header = 1), the column's header, the Chinese reason;
     * {@code pointer} is {@code /rows/ROW/COLUMN}, so it reads like every other problem's errors.
     */
    @Serdeable
    record ErrorItem(String pointer, int row, String column, String message) {

        static ErrorItem of(RowError error) {
            String column = error.column().replace("~", "~0").replace("/", "~1");
            return new ErrorItem("/rows/" + error.row() + "/" + column, error.row(), error.column(), error.message());
        }
    }

    @Serdeable
    record SkippedItem(int row, String message) {

        static SkippedItem of(SkippedRow skipped) {
            return new SkippedItem(skipped.row(), skipped.message());
        }
    }
}
