package org.lvzhi.adapter.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.lvzhi.application.imports.port.out.ImportFileRejected;
import org.lvzhi.application.imports.port.out.Sheet;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX workbook, read as a stream of SAX events (a large sheet never becomes a tree
 * of objects). Cells are formatted by {@link TextCells}: dates as {@code yyyy-MM-dd}, numbers plainly.
 */
final class XlsxSheets {

    private XlsxSheets() {
    }

    static Sheet read(byte[] content, int maxRows) {
        RowCollector collector = new RowCollector(maxRows);
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportFileRejected(ImportFileRejected.Reason.EMPTY);
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                        new ReadOnlySharedStringsTable(workbook), new Rows(collector), new TextCells(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (ImportFileRejected rejected) {
            throw rejected;
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException unreadable) {
            // Not a workbook, a damaged one, or one POI refuses (e.g. a zip bomb): the caller hears why.
            throw new ImportFileRejected(ImportFileRejected.Reason.UNREADABLE, unreadable.getClass().getSimpleName());
        } catch (javax.xml.parsers.ParserConfigurationException impossible) {
            throw new IllegalStateException(impossible);
        }
        return collector.sheet();
    }

    /** Turns the sparse cell events of a row into a dense list of texts. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowCollector collector;
        private List<String> cells = new ArrayList<>();
        private boolean headerSeen;

        Rows(RowCollector collector) {
            this.collector = collector;
        }

        @Override
        public void startRow(int rowIndex) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowIndex) {
            if (!headerSeen && cells.stream().allMatch(String::isBlank)) {
                return;
            }
            headerSeen = true;
            collector.add(rowIndex + 1, cells);
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }
    }
}
