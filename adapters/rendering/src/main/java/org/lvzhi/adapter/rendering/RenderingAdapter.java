package org.lvzhi.adapter.rendering;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.lvzhi.application.report.port.out.DutyReportView;
import org.lvzhi.application.report.port.out.ReportRenderingPort;

/** Renders duty reports; the PDF font is looked up on each rendering, so installing it needs no restart. */
@Singleton
class RenderingAdapter implements ReportRenderingPort {

    private final Optional<String> font;

    RenderingAdapter(@Value("${lvzhi.rendering.font:}") String font) {
        this.font = Optional.ofNullable(font).filter(f -> !f.isBlank());
    }

    @Override
    public String html(DutyReportView report) {
        return HtmlReport.render(report);
    }

    @Override
    public byte[] pdf(DutyReportView report) {
        return PdfReport.render(report, CjkFont.find(font));
    }
}
