package org.lvzhi.adapter.web.imports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.lvzhi.adapter.web.shared.Allowed;
import org.lvzhi.application.imports.port.in.ImportAccess;
import org.lvzhi.application.imports.port.in.ImportCommand;
import org.lvzhi.application.imports.port.in.ImportReport;
import org.lvzhi.application.imports.port.in.ImportUseCases;
import org.lvzhi.application.imports.port.out.ImportFileRejected;
import org.lvzhi.application.imports.port.out.ImportKind;
import org.lvzhi.application.imports.port.out.SpreadsheetFormat;
import org.lvzhi.application.shared.ActingCaller;

/**
 * Bulk import from CSV or XLSX, sent as {@code multipart/form-data} with a {@code file} part. 200 with the report
 * when something was imported, skipped or only checked (dry run); 422 problem+json with the same report when
 * the file has errors and nothing was imported.
 */
@Controller("/api/v1/imports")
class ImportController {

    static final String XLSX = SpreadsheetFormat.XLSX_MEDIA_TYPE;
    private static final String REPORTED = "导入报告：行数、已导入、跳过和拒绝的行数及每处错误（试导入时不保存）";

    private final ImportUseCases imports;

    ImportController(ImportUseCases imports) {
        this.imports = imports;
    }

    /** Imports deputies from a CSV or XLSX file (multipart `file`; `dryRun`, `acceptValidRows`). */
    @Post("/deputies")
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_JSON})
    @Allowed(ImportAccess.IMPORT_DEPUTIES)
    @ApiResponse(responseCode = "200", description = REPORTED, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImportResponse.class)))
    HttpResponse<?> deputies(ActingCaller caller, @Nullable @Part("file") CompletedFileUpload file,
            @QueryValue(defaultValue = "false") boolean acceptValidRows, @QueryValue(defaultValue = "false") boolean dryRun) {
        return run(caller, ImportKind.DEPUTIES, file, acceptValidRows, dryRun);
    }

    /** Imports duty records from a CSV or XLSX file (multipart `file`; `dryRun`, `acceptValidRows`). */
    @Post("/duty-records")
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_JSON})
    @Allowed(ImportAccess.IMPORT_DUTY_RECORDS)
    @ApiResponse(responseCode = "200", description = REPORTED, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImportResponse.class)))
    HttpResponse<?> dutyRecords(ActingCaller caller, @Nullable @Part("file") CompletedFileUpload file,
            @QueryValue(defaultValue = "false") boolean acceptValidRows, @QueryValue(defaultValue = "false") boolean dryRun) {
        return run(caller, ImportKind.DUTY_RECORDS, file, acceptValidRows, dryRun);
    }

    /** The XLSX template for importing deputies. */
    @Get(value = "/templates/deputies.xlsx", produces = XLSX)
    @Allowed(ImportAccess.IMPORT_DEPUTIES)
    HttpResponse<byte[]> deputiesTemplate(ActingCaller caller) {
        return template(caller, ImportKind.DEPUTIES, "代表名册导入模板.xlsx");
    }

    /** The XLSX template for importing duty records. */
    @Get(value = "/templates/duty-records.xlsx", produces = XLSX)
    @Allowed(ImportAccess.IMPORT_DUTY_RECORDS)
    HttpResponse<byte[]> dutyRecordsTemplate(ActingCaller caller) {
        return template(caller, ImportKind.DUTY_RECORDS, "履职登记导入模板.xlsx");
    }

    private HttpResponse<?> run(ActingCaller caller, ImportKind kind, CompletedFileUpload file, boolean acceptValidRows,
            boolean dryRun) {
        if (file == null) {
            // Also what a JSON body gets: the route takes it only to answer this instead of a bare 415.
            throw new ImportFileRejected(ImportFileRejected.Reason.MISSING);
        }
        SpreadsheetFormat format = format(file);
        if (file.getSize() > ImportCommand.MAX_BYTES) {
            throw new ImportFileRejected(ImportFileRejected.Reason.TOO_LARGE, ImportCommand.MAX_BYTES / (1024 * 1024));
        }
        ImportReport report = imports.importFile(caller, new ImportCommand(kind, format, bytes(file), acceptValidRows, dryRun));
        return report.refused() ? ImportProblem.refused(report) : HttpResponse.ok(ImportResponse.of(report));
    }

    private HttpResponse<byte[]> template(ActingCaller caller, ImportKind kind, String fileName) {
        return HttpResponse.ok(imports.template(caller, kind))
                .contentType(XLSX)
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    /** The extension decides; without a known one, the part's content type; anything else is refused (415). */
    static SpreadsheetFormat format(CompletedFileUpload file) {
        return SpreadsheetFormat.of(file.getFilename(), file.getContentType().map(MediaType::getName).orElse(""));
    }

    private static byte[] bytes(CompletedFileUpload file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
