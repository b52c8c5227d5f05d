package org.lvzhi.adapter.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import org.lvzhi.application.imports.port.out.ImportFileRejected;
import org.lvzhi.application.imports.port.out.Sheet;

/** Gathers the rows of either format: the first row is the header, blank rows are left out, the count is capped. */
final class RowCollector {

    private final int maxRows;
    private List<String> header;
    private final List<Sheet.Row> rows = new ArrayList<>();

    RowCollector(int maxRows) {
        this.maxRows = maxRows;
    }

    /** One row as the file has it, numbered from 1 as the spreadsheet shows it. */
    void add(int number, List<String> cells) {
        List<String> trimmed = trimTrailingEmpty(cells);
        if (header == null) {
            header = trimmed;
            return;
        }
        if (trimmed.isEmpty()) {
            return;
        }
        if (rows.size() == maxRows) {
            throw new ImportFileRejected(ImportFileRejected.Reason.TOO_MANY_ROWS, maxRows);
        }
        rows.add(new Sheet.Row(number, trimmed));
    }

    Sheet sheet() {
        if (header == null || header.isEmpty()) {
            throw new ImportFileRejected(ImportFileRejected.Reason.EMPTY);
        }
        return new Sheet(header, rows);
    }

    private static List<String> trimTrailingEmpty(List<String> cells) {
        int end = cells.size();
        while (end > 0 && (cells.get(end - 1) == null || cells.get(end - 1).isBlank())) {
            end--;
        }
        List<String> kept = new ArrayList<>(end);
        for (int i = 0; i < end; i++) {
            kept.add(cells.get(i) == null ? "" : cells.get(i).strip());
        }
        return kept;
    }
}
