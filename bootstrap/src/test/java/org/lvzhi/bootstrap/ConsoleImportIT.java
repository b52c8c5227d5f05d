package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Spreadsheet imports at the desk, in a real browser: checked first, stored only when confirmed and free of errors. */
@MicronautTest(transactional = false)
class ConsoleImportIT extends ApiTest {

    private static final String HEADER = "姓名,届次,选举单位类型,选举单位,代表团";

    @Test
    @DisplayName("a deputies file with two bad rows lists both errors by row and column, offers no confirming and stores nothing; "
            + "the corrected file, checked and confirmed, is stored")
    void twoBadRowsStoreNothing() {
        String name = "导入" + UUID.randomUUID().toString().substring(0, 6);
        Path bad = csv("bad", HEADER,
                name + "甲,14,选举单位,西宁市人大,西宁市代表团",
                name + "乙,99,选举单位,西宁市人大,西宁市代表团",
                name + "丙,14,不知道,西宁市人大,西宁市代表团");
        Path good = csv("good", HEADER, name + "甲,14,选举单位,西宁市人大,西宁市代表团");
        try (ConsoleBrowser desk = ConsoleBrowser.desk(server.getURI())) {
            desk.signIn("qinghai-liaison", "demo").click("导入");
            desk.assertAccessible();
            desk.check("代表名册");
            desk.field("file").sendKeys(bad.toAbsolutePath().toString());
            desk.press("form[action='/imports']", "上传并检查");
            var errors = desk.all(".row-errors tbody tr").stream().map(row -> row.getText()).toList();
            String summary = desk.text(".import-report [role=status]");
            boolean confirmable = !desk.all("form[action='/imports/confirm']").isEmpty();
            desk.assertAccessible();
            desk.screenshot("desk-import-errors");
            int storedAfterBadFile = registered(desk, name);

            desk.open("/imports").check("代表名册");
            desk.field("file").sendKeys(good.toAbsolutePath().toString());
            desk.press("form[action='/imports']", "上传并检查");
            String checked = desk.text(".import-report [role=status]");
            int storedAfterCheck = registered(desk, name);
            desk.open("/imports").check("代表名册");
            desk.field("file").sendKeys(good.toAbsolutePath().toString());
            desk.press("form[action='/imports']", "上传并检查").press("form[action='/imports/confirm']", "确认导入");
            String stored = desk.text(".import-report [role=status]");

            assertThat(errors).hasSize(2);
            assertThat(errors.get(0)).contains("第 3 行", "届次");
            assertThat(errors.get(1)).contains("第 4 行", "选举单位类型");
            assertThat(summary).contains("有错误 2 行", "尚未导入任何内容");
            assertThat(confirmable).isFalse();
            assertThat(storedAfterBadFile).isZero();
            assertThat(checked).contains("可导入 1 行");
            assertThat(storedAfterCheck).isZero();
            assertThat(stored).contains("已导入 1 行");
            assertThat(registered(desk, name)).isEqualTo(1);
        }
    }

    /** How many deputies the register finds by the name. */
    private static int registered(ConsoleBrowser desk, String name) {
        desk.open("/deputies");
        desk.field("name").sendKeys(name);
        desk.field("name").submit();
        return desk.all("tbody tr").size();
    }

    private static Path csv(String name, String... lines) {
        try {
            Files.createDirectories(ConsoleBrowser.SCREENSHOTS);
            Path file = Files.createTempFile(ConsoleBrowser.SCREENSHOTS.getParent(), name, ".csv");
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
