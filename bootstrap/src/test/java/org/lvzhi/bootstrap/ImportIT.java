package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.duty.port.out.DutyRecordPort;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.duty.RecordSource;

/** Bulk import through the HTTP API on the seed congress Qinghai, files built here with POI or as CSV text. */
@MicronautTest(transactional = false)
class ImportIT extends ApiTest {

    private static final String RECORDS = "/api/v1/imports/duty-records";
    private static final String CSV = "text/csv";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String RECORD_HEADER = "代表姓名,类型,日期,对象,备注";
    private static final CongressId QINGHAI = new CongressId("qinghai");

    @Inject DutyRecordPort records;
    @Inject TransactionPort transactions;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @DisplayName("a record file with a bad date, an unknown deputy and a duplicate row: three named errors, nothing imported")
    void badFileImportsNothing() {
        String liaison = api.token("qinghai-liaison");
        List<DutyRecord> before = recordsOf(liaison, "韩永平");

        var response = upload(RECORDS, liaison, "records.csv", CSV, csv(RECORD_HEADER,
                "韩永平,INSPECTION,2025-05-06,城北区,视察供暖",
                "韩永平,视察,2025-02-30,,",
                "王不在,INSPECTION,2025-05-06,,",
                "韩永平,履职学习培训,2025/5/7,,",
                "韩永平,INSPECTION,2025-05-06,城北区,"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.list("errors")).extracting(e -> e.get("row"), e -> e.get("column"), e -> e.get("message")).containsExactly(
                tuple(3, "日期", "“2025-02-30”不是有效的日期，请写作 2024-03-05 或 2024/3/5"),
                tuple(4, "代表姓名", "本级人大没有代表“王不在”"),
                tuple(6, "代表、类型、日期、对象", "与第 2 行重复"));
        assertThat(response.json()).containsEntry("imported", 0).containsEntry("rejected", 3).containsEntry("rows", 5);
        assertThat(recordsOf(liaison, "韩永平")).isEqualTo(before);
    }

    @Test
    @DisplayName("the same file with acceptValidRows imports the good rows, organiser-registered, and lists the bad ones")
    void acceptValidRows() {
        String liaison = api.token("qinghai-liaison");
        int before = recordsOf(liaison, "才让卓玛").size();

        var response = upload(RECORDS + "?acceptValidRows=true", liaison, "records.csv", CSV, csv(RECORD_HEADER,
                "才让卓玛,INSPECTION,2025-06-06,城北区,视察供暖",
                "才让卓玛,视察,2025-02-30,,",
                "王不在,INSPECTION,2025-06-06,,",
                "才让卓玛,履职学习培训,2025/6/7,,",
                "才让卓玛,INSPECTION,2025-06-06,城北区,"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).containsEntry("imported", 2).containsEntry("rejected", 3).containsEntry("skipped", 0);
        assertThat(response.list("errors")).extracting(e -> e.get("row")).containsExactly(3, 4, 6);
        List<DutyRecord> after = recordsOf(liaison, "才让卓玛");
        assertThat(after).hasSize(before + 2);
        assertThat(after).filteredOn(r -> r.date().equals(LocalDate.of(2025, 6, 6))).singleElement()
                .satisfies(r -> {
                    assertThat(r.type()).isEqualTo("INSPECTION");
                    assertThat(r.source()).isEqualTo(RecordSource.ORGANISER);
                    assertThat(r.counts()).isTrue();
                    assertThat(r.registeredBy()).isEqualTo("qinghai-liaison");
                    assertThat(r.counterpart()).contains("城北区");
                });
    }

    @Test
    @DisplayName("importing the same good file again, even as XLSX with a real date cell, creates nothing new")
    void reimportCreatesNothing() {
        String liaison = api.token("qinghai-liaison");
        byte[] file = csv(RECORD_HEADER, "李文华,INSPECTION,2025-07-01,城西区,", "李文华,TRAINING,2025-07-02,,");
        var first = upload(RECORDS, liaison, "records.csv", CSV, file);
        int afterFirst = recordsOf(liaison, "李文华").size();

        var again = upload(RECORDS, liaison, "records.csv", CSV, file);
        var asWorkbook = upload(RECORDS, liaison, "记录.xlsx", XLSX, xlsx(List.of("代表姓名", "类型", "日期", "对象"),
                List.of(List.of("李文华", "视察", LocalDate.of(2025, 7, 1), "城西区"))));

        assertThat(first.json()).containsEntry("imported", 2);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).containsEntry("imported", 0).containsEntry("skipped", 2);
        assertThat(again.list("skippedRows")).extracting(s -> s.get("row"), s -> s.get("message"))
                .containsExactly(tuple(2, "已导入，跳过"), tuple(3, "已导入，跳过"));
        assertThat(asWorkbook.json()).containsEntry("imported", 0).containsEntry("skipped", 1);
        assertThat(recordsOf(liaison, "李文华")).hasSize(afterFirst);
    }

    @Test
    @DisplayName("a dry run reports what would be imported and imports nothing")
    void dryRun() {
        String liaison = api.token("qinghai-liaison");
        int before = recordsOf(liaison, "赵立军").size();

        var response = upload(RECORDS + "?dryRun=true", liaison, "records.csv", CSV,
                csv(RECORD_HEADER, "赵立军,INSPECTION,2025-08-01,,"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).containsEntry("dryRun", true).containsEntry("imported", 1);
        assertThat(recordsOf(liaison, "赵立军")).hasSize(before);
    }

    @Test
    @DisplayName("a deputy is imported at the liaison station the row names; a station the congress does not have is an error")
    void deputiesAtStations() {
        String liaison = api.token("bj-dongcheng-liaison");
        String name = "进站" + UUID.randomUUID().toString().substring(0, 6);
        String header = "姓名,届次,选举单位类型,选举单位,联络站";

        var unknown = upload("/api/v1/imports/deputies", liaison, "代表.csv", CSV,
                csv(header, name + "甲,17,选区,第5选区,不存在的代表之家"));
        var imported = upload("/api/v1/imports/deputies", liaison, "代表.csv", CSV,
                csv(header, name + "乙,17,选区,第5选区,东华门街道代表之家"));

        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.list("errors")).extracting(e -> e.get("column")).containsExactly("联络站");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(api.deputiesNamed(liaison, name).list("items")).singleElement()
                .satisfies(deputy -> assertThat(deputy.get("liaisonStationId")).isNotNull());
    }

    @Test
    @DisplayName("a deputies XLSX registers the deputies; another congress sees none of them")
    void deputiesFromXlsx() {
        String liaison = api.token("qinghai-liaison");
        String name = "导入" + UUID.randomUUID().toString().substring(0, 6);
        byte[] workbook = xlsx(List.of("姓名", "届次", "选举单位类型", "选举单位", "代表团", "基层代表", "解放军代表", "手机", "邮箱"), List.of(
                List.of(name + "甲", 14d, "选举单位", "西宁市人大", "西宁市代表团", "是", "否", 13800138000d, "jia@example.cn"),
                List.of(name + "乙", 14d, "选举单位", "海东市人大", "海东市代表团", "否", "否", "", "")));

        var response = upload("/api/v1/imports/deputies", liaison, "代表.xlsx", XLSX, workbook);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).containsEntry("imported", 2).containsEntry("rejected", 0);
        var found = api.deputiesNamed(liaison, name);
        assertThat(found.list("items")).extracting(d -> d.get("name"), d -> d.get("grassroots"), d -> d.get("constituencyName"))
                .containsExactlyInAnyOrder(tuple(name + "甲", true, "西宁市人大"), tuple(name + "乙", false, "海东市人大"));
        Map<String, Object> jia = found.list("items").stream().filter(d -> d.get("name").equals(name + "甲")).findFirst().orElseThrow();
        assertThat(((Map<?, ?>) jia.get("contact")).get("phone")).isEqualTo("13800138000");

        String hunan = api.token("hunan-liaison");
        assertThat(api.deputiesNamed(hunan, name).list("items")).isEmpty();
        assertThat(api.get("/api/v1/deputies/" + jia.get("id"), hunan).status()).isEqualTo(404);
        var hunanRecord = upload(RECORDS, hunan, "records.csv", CSV, csv(RECORD_HEADER, name + "甲,INSPECTION,2025-05-06,,"));
        assertThat(hunanRecord.status()).isEqualTo(422);
        assertThat(hunanRecord.list("errors")).extracting(e -> e.get("message")).containsExactly("本级人大没有代表“" + name + "甲”");
    }

    @Test
    @DisplayName("a deputy may neither import nor download a template")
    void deputyIsForbidden() {
        String deputy = api.token("qinghai-deputy1");

        var response = upload(RECORDS, deputy, "records.csv", CSV, csv(RECORD_HEADER, "马建国,INSPECTION,2025-05-06,,"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(api.get("/api/v1/imports/templates/duty-records.xlsx", deputy).status()).isEqualTo(403);
    }

    @Test
    @DisplayName("the template is a workbook with the columns' Chinese headers")
    void template() throws IOException {
        String liaison = api.token("qinghai-liaison");
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(server.getURI().resolve("/api/v1/imports/templates/deputies.xlsx"))
                .header("Authorization", "Bearer " + liaison).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains(XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("姓名");
            assertThat(header.getLastCellNum()).isEqualTo((short) 12);
            assertThat(header.getCell(6).getStringCellValue()).isEqualTo("联络站");
        }
    }

    @Test
    @DisplayName("a file that is neither CSV nor XLSX is refused with 415 in Chinese")
    void unsupportedFile() {
        var response = upload(RECORDS, api.token("qinghai-liaison"), "records.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("detail")).isEqualTo("只能导入 CSV 或 Excel（.xlsx）文件：records.txt");
    }

    /** The deputy's records, by the deputy's name in Qinghai, read straight from the archive. */
    private List<DutyRecord> recordsOf(String token, String name) {
        DeputyId deputy = new DeputyId(UUID.fromString(deputyNamed(token, name)));
        return transactions.readInCongress(QINGHAI, () -> records.ofDeputy(deputy, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1)));
    }

    private ApiClient.Response upload(String path, String token, String fileName, String contentType, byte[] content) {
        String boundary = "----lvzhi" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(server.getURI().resolve(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        String text = new String(response.body(), StandardCharsets.UTF_8);
        try {
            Object parsed = text.strip().startsWith("{") ? json.readValue(text, Argument.OBJECT_ARGUMENT) : text;
            return new ApiClient.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), parsed, "", response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** CSV text as Excel saves it in UTF-8: with a byte-order mark and CRLF line ends. */
    private static byte[] csv(String... lines) {
        return ("\uFEFF" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A workbook: strings as text cells, numbers as numeric cells, dates as real date cells. */
    private static byte[] xlsx(List<String> header, List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("导入");
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                first.createCell(i).setCellValue(header.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    var cell = row.createCell(c);
                    switch (values.get(c)) {
                        case Double number -> cell.setCellValue(number);
                        case LocalDate date -> {
                            cell.setCellValue(date);
                            cell.setCellStyle(dateStyle);
                        }
                        case Object text -> cell.setCellValue(text.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
