package org.lvzhi.adapter.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.fontbox.ttf.TTFParser;
import org.lvzhi.application.report.port.out.DutyReportView;
import org.lvzhi.domain.compliance.QuotaVerdict;
import org.lvzhi.domain.report.RecordsByMonth;

/**
 * The report as an A4 PDF: the Chinese font embedded as a Type 0 font (subset, with its ToUnicode map so the text can
 * be searched and copied), quota progress bars and the bar chart of records per month drawn as vector shapes.
 */
final class PdfReport implements AutoCloseable {

    private static final float MARGIN = 50;
    private static final PDRectangle SIZE = PDRectangle.A4;
    private static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;

    private final PDDocument document = new PDDocument();
    private final TrueTypeCollection collection;
    private final PDType0Font font;
    private PDPageContentStream page;
    private float y;

    private PdfReport(Path fontFile) throws IOException {
        TrueTypeFont ttf;
        if (CjkFont.isCollection(fontFile)) {
            collection = new TrueTypeCollection(fontFile.toFile());
            List<TrueTypeFont> fonts = new ArrayList<>();
            collection.processAllFonts(fonts::add);
            ttf = fonts.getFirst();
        } else {
            collection = null;
            ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(fontFile.toFile()));
        }
        font = PDType0Font.load(document, ttf, true);
    }

    static byte[] render(DutyReportView report, Path fontFile) {
        try (PdfReport pdf = new PdfReport(fontFile)) {
            return pdf.write(report);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the duty report PDF with font " + fontFile, e);
        }
    }

    private byte[] write(DutyReportView report) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(ReportText.title(report));
        info.setAuthor(report.name());
        newPage();
        text(ReportText.title(report), 18, 0);
        y -= 4;
        wrapped(ReportText.subtitle(report), 9, 0, 0.4f);
        if (report.wholeTerm()) {
            text(ReportText.term(report), 12, 0);
        }
        List<String> sections = ReportText.sections(report);
        section(sections.get(0));
        for (QuotaVerdict quota : report.quotas()) {
            need(60);
            text(ReportText.quotaHeading(quota), 11, 0);
            wrapped(quota.summary(), 9, 0, 0.35f);
            progressBar(quota);
        }
        section(sections.get(1));
        monthChart(report.monthTotals(), report.columns());
        text(ReportText.monthsTotal(report), 10, 0);
        for (RecordsByMonth line : report.months()) {
            text(line.name() + "：" + line.total() + " 次", 10, 12);
        }
        section(sections.get(2));
        if (report.suggestions().isEmpty() && report.proposals().isEmpty()) {
            text(ReportText.noSubmissions(report), 10, 0);
        }
        for (var suggestion : report.suggestions()) {
            wrapped(ReportText.suggestionLine(suggestion), 10, 0, 0);
        }
        for (var proposal : report.proposals()) {
            wrapped(ReportText.proposalLine(proposal), 10, 0, 0);
        }
        section(sections.get(3));
        wrapped(ReportText.points(report), 10, 0, 0);
        section(sections.get(4));
        if (report.cases().isEmpty()) {
            text(ReportText.noCases(report), 10, 0);
        }
        for (var c : report.cases()) {
            wrapped(ReportText.caseLine(c), 10, 0, 0);
        }
        if (sections.size() > 5) {
            section(sections.get(5));
            for (String paragraph : ReportText.paragraphs(report)) {
                wrapped("　　" + paragraph, 11, 0, 0);
                y -= 4;
            }
        }
        page.close();
        page = null;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    private void section(String heading) throws IOException {
        need(50);
        y -= 10;
        text(heading, 14, 0);
        page.setStrokingColor(0.7f, 0.7f, 0.7f);
        page.moveTo(MARGIN, y + 4);
        page.lineTo(MARGIN + WIDTH, y + 4);
        page.stroke();
        y -= 6;
    }

    private void progressBar(QuotaVerdict quota) throws IOException {
        float barWidth = 260;
        float h = 10;
        y -= h + 2;
        page.setNonStrokingColor(0.91f, 0.91f, 0.91f);
        page.addRect(MARGIN, y, barWidth, h);
        page.fill();
        int[] c = ReportText.colour(quota.status());
        page.setNonStrokingColor(c[0] / 255f, c[1] / 255f, c[2] / 255f);
        page.addRect(MARGIN, y, (float) (barWidth * ReportText.progress(quota)), h);
        page.fill();
        page.setNonStrokingColor(0.1f, 0.1f, 0.1f);
        show(ReportText.quotaFigure(quota), 9, MARGIN + barWidth + 8, y + 1);
        y -= 8;
    }

    private void monthChart(List<Integer> totals, List<String> columns) throws IOException {
        float chartHeight = 120;
        need(chartHeight + 40);
        int max = Math.max(1, totals.stream().mapToInt(Integer::intValue).max().orElse(1));
        float base = y - chartHeight - 10;
        float slot = WIDTH / Math.max(1, columns.size());
        page.setStrokingColor(0.6f, 0.6f, 0.6f);
        page.moveTo(MARGIN, base);
        page.lineTo(MARGIN + WIDTH, base);
        page.stroke();
        for (int m = 0; m < columns.size(); m++) {
            float h = (float) totals.get(m) / max * (chartHeight - 15);
            float x = MARGIN + m * slot + slot * 0.15f;
            page.setNonStrokingColor(52 / 255f, 112 / 255f, 196 / 255f);
            page.addRect(x, base, slot * 0.7f, h);
            page.fill();
            page.setNonStrokingColor(0.1f, 0.1f, 0.1f);
            show(String.valueOf(totals.get(m)), 8, x + slot * 0.25f, base + h + 3);
            show(columns.get(m), 8, x + slot * 0.1f, base - 11);
        }
        y = base - 26;
    }

    /** One line of text at the cursor. */
    private void text(String line, float size, float indent) throws IOException {
        need(size + 6);
        y -= size + 4;
        page.setNonStrokingColor(0.1f, 0.1f, 0.1f);
        show(line, size, MARGIN + indent, y);
    }

    /** Text broken into lines that fit the width, character by character (Chinese has no spaces to break at). */
    private void wrapped(String paragraph, float size, float indent, float grey) throws IOException {
        String safe = safe(paragraph);
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < safe.length(); ) {
            int cp = safe.codePointAt(i);
            String next = line + new String(Character.toChars(cp));
            if (width(next, size) > WIDTH - indent && !line.isEmpty()) {
                greyText(line.toString(), size, indent, grey);
                line.setLength(0);
            }
            line.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (!line.isEmpty()) {
            greyText(line.toString(), size, indent, grey);
        }
    }

    private void greyText(String line, float size, float indent, float grey) throws IOException {
        need(size + 6);
        y -= size + 4;
        page.setNonStrokingColor(grey, grey, grey);
        show(line, size, MARGIN + indent, y);
        page.setNonStrokingColor(0.1f, 0.1f, 0.1f);
    }

    private void show(String text, float size, float x, float atY) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, atY);
        page.showText(safe(text));
        page.endText();
    }

    private float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** The text with every character the font lacks (an emoji, say) shown as a question mark rather than failing. */
    private String safe(String text) {
        String flat = text.replaceAll("[\\t\\r\\n]", " ");
        try {
            font.encode(flat);
            return flat;
        } catch (IllegalArgumentException | IOException missing) {
            StringBuilder kept = new StringBuilder();
            flat.codePoints().forEach(cp -> {
                String one = new String(Character.toChars(cp));
                try {
                    font.encode(one);
                    kept.append(one);
                } catch (IllegalArgumentException | IOException e) {
                    kept.append('?');
                }
            });
            return kept.toString();
        }
    }

    private void need(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(SIZE);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = SIZE.getHeight() - MARGIN;
    }

    @Override
    public void close() throws IOException {
        if (page != null) {
            page.close();
        }
        document.close();
        if (collection != null) {
            collection.close();
        }
    }
}
