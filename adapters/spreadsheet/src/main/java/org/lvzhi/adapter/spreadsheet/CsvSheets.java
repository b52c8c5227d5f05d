package org.lvzhi.adapter.spreadsheet;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.lvzhi.application.imports.port.out.ImportFileRejected;
import org.lvzhi.application.imports.port.out.Sheet;

/**
 * CSV as Excel writes it: comma-separated, double quotes, CRLF. The encoding is UTF-8 (a byte-order mark is
 * dropped) when the bytes are valid UTF-8, otherwise GB18030, which Excel in China uses for "CSV".
 */
final class CsvSheets {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setIgnoreEmptyLines(false).get();

    private CsvSheets() {
    }

    static Sheet read(byte[] content, int maxRows) {
        RowCollector collector = new RowCollector(maxRows);
        try (CSVParser parser = CSVParser.parse(new StringReader(decode(content)), FORMAT)) {
            for (CSVRecord record : parser) {
                // Excel shows a quoted line break inside its cell, so a record is one spreadsheet row.
                collector.add((int) record.getRecordNumber(), record.toList());
            }
        } catch (UncheckedIOException | IllegalStateException malformed) {
            throw new ImportFileRejected(ImportFileRejected.Reason.UNREADABLE, malformed.getMessage());
        } catch (IOException malformed) {
            throw new ImportFileRejected(ImportFileRejected.Reason.UNREADABLE, malformed.getMessage());
        }
        return collector.sheet();
    }

    /** The text: UTF-8 without its byte-order mark when the bytes are UTF-8, else GB18030. */
    static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(content, GB18030);
        }
    }
}
