package org.lvzhi.adapter.spreadsheet;

import jakarta.inject.Singleton;
import java.util.List;
import org.lvzhi.application.imports.port.out.Sheet;
import org.lvzhi.application.imports.port.out.SpreadsheetFormat;
import org.lvzhi.application.imports.port.out.SpreadsheetReader;
import org.lvzhi.application.imports.port.out.SpreadsheetWriter;

/** Reads CSV with Commons CSV and XLSX with Apache POI (streaming); writes the templates with POI. */
@Singleton
class SpreadsheetAdapter implements SpreadsheetReader, SpreadsheetWriter {

    @Override
    public Sheet read(byte[] content, SpreadsheetFormat format, int maxRows) {
        return switch (format) {
            case CSV -> CsvSheets.read(content, maxRows);
            case XLSX -> XlsxSheets.read(content, maxRows);
        };
    }

    @Override
    public byte[] template(String sheetName, List<String> headers) {
        return XlsxTemplates.write(sheetName, headers);
    }
}
