package org.lvzhi.application.imports.port.out;

import java.util.List;

/**
 * The first sheet of a spreadsheet as text: the header (row 1) and the data rows that are not blank, each
 * with its number as the spreadsheet shows it. Cells are strings; a date cell reads as {@code yyyy-MM-dd},
 * a number without a spurious fraction or exponent, an empty cell as "".
 */
public record Sheet(List<String> header, List<Row> rows) {

    public Sheet {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** One data row; {@code cells} may be shorter than the header when its last cells are empty. */
    public record Row(int number, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }
}
