package org.lvzhi.application.imports.port.out;

import java.util.Locale;

/** The file formats an import reads; liaison offices keep their lists in Excel and save them as either. */
public enum SpreadsheetFormat {
    CSV,
    XLSX;

    /** The media type of an XLSX workbook. */
    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * The format of an uploaded file: its name's extension decides; without a known one, its content type; anything
     * else is refused.
     */
    public static SpreadsheetFormat of(String fileName, String contentType) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return CSV;
        }
        if (name.endsWith(".xlsx")) {
            return XLSX;
        }
        return switch (contentType) {
            case "text/csv", "application/csv" -> CSV;
            case XLSX_MEDIA_TYPE -> XLSX;
            default -> throw new ImportFileRejected(ImportFileRejected.Reason.UNSUPPORTED_FORMAT,
                    fileName == null || fileName.isBlank() ? contentType : fileName);
        };
    }
}
