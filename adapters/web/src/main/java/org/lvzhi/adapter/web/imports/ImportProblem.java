package org.lvzhi.adapter.web.imports;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.lvzhi.adapter.web.shared.Problem;
import org.lvzhi.application.imports.port.in.ImportReport;
import org.lvzhi.domain.shared.Messages;

/**
 * The problem+json of a file that imported nothing: the usual problem members, the same error list as the
 * report, and the report's counts as extension members.
 */
@Serdeable
record ImportProblem(
        String type, String title, int status, String detail, List<ImportResponse.ErrorItem> errors,
        String kind, int rows, int imported, int skipped, int rejected) {

    private static final Messages MESSAGES = Messages.of(ImportProblem.class);

    static MutableHttpResponse<ImportProblem> refused(ImportReport report) {
        ImportProblem problem = new ImportProblem("about:blank", MESSAGES.text("refused.title"),
                HttpStatus.UNPROCESSABLE_ENTITY.getCode(),
                MESSAGES.text("refused.detail", report.errors().size(), report.rejected()), ImportResponse.errors(report),
                ImportResponse.kind(report), report.rows(), report.imported(), report.skipped(), report.rejected());
        return HttpResponse.<ImportProblem>status(HttpStatus.UNPROCESSABLE_ENTITY).contentType(Problem.MEDIA_TYPE).body(problem);
    }
}
