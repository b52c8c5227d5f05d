package org.lvzhi.adapter.web.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.adapter.web.testing.ProblemAssert.assertProblem;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.web.testing.Api;
import org.lvzhi.adapter.web.testing.Script;
import org.lvzhi.adapter.web.testing.TestTokens;
import org.lvzhi.application.imports.port.in.ConcurrentImport;
import org.lvzhi.application.imports.port.out.ImportKind;
import org.lvzhi.application.imports.port.in.ImportReport;
import org.lvzhi.application.imports.port.in.RowError;
import org.lvzhi.application.imports.port.in.SkippedRow;
import org.lvzhi.application.imports.port.out.SpreadsheetFormat;
import org.lvzhi.application.imports.port.in.ImportCommand;
import org.lvzhi.application.imports.port.in.ImportUseCases;

/** Spreadsheet imports over HTTP: the uploaded file, its format and options reach the use case; its report is the answer. */
@MicronautTest
class ImportRoutesTest {

    private static final String OFFICER = TestTokens.of("officer", List.of("LIAISON_OFFICER"), List.of("qinghai"));
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final byte[] CSV = "姓名,选区\n张三,城东\n".getBytes(StandardCharsets.UTF_8);

    @Inject
    Api api;

    private final Script<ImportUseCases> imports = Script.of(ImportUseCases.class);

    @MockBean(ImportUseCases.class)
    ImportUseCases imports() {
        return imports.port();
    }

    @Test
    @DisplayName("an uploaded CSV reaches the use case with its bytes, kind, format and options; the report answers 200")
    void importsAnUpload() {
        imports.answer(new ImportReport(ImportKind.DEPUTIES, true, 1, 0, 1, 0, List.of(), List.of(new SkippedRow(2, "已在名册中"))),
                "importFile");

        var report = api.upload("/api/v1/imports/deputies?dryRun=true&acceptValidRows=true", OFFICER, "代表名册.csv", "text/csv", CSV);

        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.text("kind")).isEqualTo("deputies");
        assertThat(report.node().get("skippedRows").get(0).get("message").getStringValue()).isEqualTo("已在名册中");
        ImportCommand command = imports.argument("importFile", 1, ImportCommand.class);
        assertThat(command.kind()).isEqualTo(ImportKind.DEPUTIES);
        assertThat(command.format()).isEqualTo(SpreadsheetFormat.CSV);
        assertThat(command.content()).isEqualTo(CSV);
        assertThat(command.dryRun()).isTrue();
        assertThat(command.acceptValidRows()).isTrue();
    }

    @Test
    @DisplayName("a file without a telling name is read by its content type; the options default to false")
    void readsTheFormatFromTheContentType() {
        imports.answer(new ImportReport(ImportKind.DUTY_RECORDS, false, 1, 1, 0, 0, List.of(), List.of()), "importFile");

        var report = api.upload("/api/v1/imports/duty-records", OFFICER, "upload", XLSX, new byte[] {'P', 'K', 3, 4});

        assertThat(report.status()).as(report.body()).isEqualTo(200);
        ImportCommand command = imports.argument("importFile", 1, ImportCommand.class);
        assertThat(command.kind()).isEqualTo(ImportKind.DUTY_RECORDS);
        assertThat(command.format()).isEqualTo(SpreadsheetFormat.XLSX);
        assertThat(command.dryRun()).isFalse();
        assertThat(command.acceptValidRows()).isFalse();
    }

    @Test
    @DisplayName("a refused file is a 422 problem whose errors point at /rows/<row>/<column>, the column escaped as a JSON Pointer")
    void answersARefusedFile() {
        imports.answer(new ImportReport(ImportKind.DEPUTIES, false, 2, 0, 0, 2,
                List.of(new RowError(2, "姓名", "姓名不能为空"), new RowError(3, "电话/手机", "电话格式不正确")), List.of()), "importFile");

        var refused = api.upload("/api/v1/imports/deputies", OFFICER, "代表名册.csv", "text/csv", CSV);

        assertProblem(refused, 422);
        assertThat(refused.pointers()).containsExactly("/rows/2/姓名", "/rows/3/电话~1手机");
        assertThat(refused.message("/rows/2/姓名")).isEqualTo("姓名不能为空");
    }

    @Test
    @DisplayName("no file, or a JSON body, is a 400 problem at /file; a format it cannot read is a 415; nothing reaches the use case")
    void refusesWhatIsNotASpreadsheet() {
        var json = api.postJson("/api/v1/imports/deputies", OFFICER, "{\"rows\":[]}");
        var pdf = api.upload("/api/v1/imports/deputies", OFFICER, "名册.pdf", "application/pdf", new byte[] {'%', 'P', 'D', 'F'});

        assertProblem(json, 400);
        assertThat(json.pointers()).containsExactly("/file");
        assertProblem(pdf, 415);
        assertThat(pdf.pointers()).containsExactly("/file");
        assertThat(pdf.text("detail")).contains("名册.pdf");
        assertThat(imports.called("importFile")).isFalse();
    }

    @Test
    @DisplayName("an import while another of the congress runs is a 409 with the use case's reason")
    void answersAConcurrentImport() {
        imports.failNextWith(new ConcurrentImport("本单位已有导入正在进行，请稍后再试"));

        var conflict = api.upload("/api/v1/imports/deputies", OFFICER, "代表名册.csv", "text/csv", CSV);

        assertProblem(conflict, 409);
        assertThat(conflict.text("detail")).isEqualTo("本单位已有导入正在进行，请稍后再试");
    }

    @Test
    @DisplayName("a template downloads as XLSX under its Chinese file name, encoded for the header")
    void downloadsTemplates() {
        imports.answer(new byte[] {'P', 'K', 3, 4}, "template");

        var template = api.get("/api/v1/imports/templates/duty-records.xlsx", OFFICER);

        assertThat(template.status()).as(template.body()).isEqualTo(200);
        assertThat(template.contentType()).isEqualTo(XLSX);
        assertThat(template.header("Content-Disposition"))
                .isEqualTo("attachment; filename*=UTF-8''%E5%B1%A5%E8%81%8C%E7%99%BB%E8%AE%B0%E5%AF%BC%E5%85%A5%E6%A8%A1%E6%9D%BF.xlsx");
        assertThat(imports.argument("template", 1, ImportKind.class)).isEqualTo(ImportKind.DUTY_RECORDS);
    }
}
