package org.lvzhi.application.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.lvzhi.application.imports.ImportTestBed.file;
import static org.lvzhi.application.testing.TestData.HUNAN;
import static org.lvzhi.application.testing.TestData.QINGHAI;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.imports.port.in.RowError;
import org.lvzhi.application.imports.port.in.SkippedRow;
import org.lvzhi.application.imports.port.out.ImportKind;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.testing.SeatBuilder;
import org.lvzhi.application.testing.TestData;
import org.lvzhi.domain.congress.OrganisationUnit;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.UnitKind;
import org.lvzhi.domain.deputy.ContactDetails;
import org.lvzhi.domain.deputy.Deputy;
import org.lvzhi.domain.deputy.DeputyStatus;
import org.lvzhi.domain.deputy.Person;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.duty.RecordSource;

class ImportServiceTest {

    private static final ActingCaller LIAISON = TestData.caller("qinghai-liaison", QINGHAI, AccessRole.LIAISON_OFFICER);
    private static final String HEADER = "代表姓名,登录名,类型,日期,对象,备注";
    private static final String GOOD_1 = "马建国,,INSPECTION,2025-03-05,城东区,视察供暖";
    private static final String GOOD_2 = "才让卓玛,,视察,2025/4/1,,";
    private static final String BAD_DATE = "马建国,,TRAINING,2025-02-30,,";
    private static final String UNKNOWN_DEPUTY = "张三丰,,INSPECTION,2025-03-05,,";

    private final ImportTestBed bed = new ImportTestBed();
    private Term term;
    private Deputy ma;
    private OrganisationUnit xining;

    @BeforeEach
    void qinghaiHasTwoDeputies() {
        term = bed.platform.terms().seed(QINGHAI, TestData.term(14, 2023));
        xining = bed.platform.units().seed(QINGHAI, TestData.unit(UnitKind.DELEGATION, "西宁市代表团"));
        ma = seat(TestData.person("马建国", "qinghai-deputy1"));
        seat(TestData.person("才让卓玛"));
    }

    @Test
    @DisplayName("a file with a bad date, an unknown deputy and a duplicate row imports nothing and names each bad row")
    void badRowsImportNothing() {
        var report = bed.service.importFile(LIAISON,
                file(ImportKind.DUTY_RECORDS, false, false, HEADER, GOOD_1, BAD_DATE, UNKNOWN_DEPUTY, GOOD_2, GOOD_1));

        assertThat(report.refused()).isTrue();
        assertThat(report.imported()).isZero();
        assertThat(report.rows()).isEqualTo(5);
        assertThat(report.rejected()).isEqualTo(3);
        assertThat(report.errors()).extracting(RowError::row, RowError::column)
                .containsExactly(tuple(3, "日期"), tuple(4, "代表姓名"),
                        tuple(6, "代表、类型、日期、对象"));
        assertThat(report.errors()).extracting(RowError::message)
                .containsExactly("“2025-02-30”不是有效的日期，请写作 2024-03-05 或 2024/3/5", "本级人大没有代表“张三丰”", "与第 2 行重复");
        assertThat(bed.platform.records().stored(QINGHAI)).isEmpty();
        assertThat(bed.fingerprints.count(QINGHAI)).isZero();
        assertThat(bed.filed).isEmpty();
    }

    @Test
    @DisplayName("a cell holding a U+0000 is refused in its column before the row is read, and nothing is imported")
    void controlCharacterInACellIsRefused() {
        var report = bed.service.importFile(LIAISON,
                file(ImportKind.DUTY_RECORDS, false, false, HEADER, GOOD_1, "马建国,,INSPECTION,2025-03-06,城\u0000东区,"));

        assertThat(report.refused()).isTrue();
        assertThat(report.errors()).extracting(RowError::row, RowError::column, RowError::message)
                .containsExactly(tuple(3, "对象", "含有不允许的控制字符（如 U+0000）"));
        assertThat(bed.platform.records().stored(QINGHAI)).isEmpty();
    }

    @Test
    @DisplayName("accepting the valid rows imports them, organiser-registered by the caller and each announced, and still reports the bad ones")
    void acceptValidRowsImportsTheGoodOnes() {
        var report = bed.service.importFile(LIAISON,
                file(ImportKind.DUTY_RECORDS, true, false, HEADER, GOOD_1, BAD_DATE, UNKNOWN_DEPUTY, GOOD_2, GOOD_1));

        assertThat(report.refused()).isFalse();
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.rejected()).isEqualTo(3);
        assertThat(report.errors()).extracting(RowError::row).containsExactly(3, 4, 6);
        assertThat(bed.platform.records().stored(QINGHAI)).extracting(DutyRecord::type, DutyRecord::date)
                .containsExactly(tuple("INSPECTION", LocalDate.of(2025, 3, 5)),
                        tuple("INSPECTION", LocalDate.of(2025, 4, 1)));
        DutyRecord first = bed.platform.records().stored(QINGHAI).getFirst();
        assertThat(first.deputy()).isEqualTo(ma.id());
        assertThat(first.source()).isEqualTo(RecordSource.ORGANISER);
        assertThat(first.counts()).isTrue();
        assertThat(first.activity()).isEmpty();
        assertThat(first.registeredBy()).isEqualTo("qinghai-liaison");
        assertThat(first.counterpart()).contains("城东区");
        assertThat(bed.filed).hasSize(2).contains(ma.id());
        assertThat(bed.notifications.sent()).extracting(n -> n.event(), n -> n.data().get("recordId"))
                .containsExactlyElementsOf(bed.platform.records().stored(QINGHAI).stream()
                        .map(record -> tuple("duty-record.registered", record.id().toString())).toList());
    }

    @Test
    @DisplayName("a record dated outside the deputy's term is an error of the date")
    void outsideTerm() {
        var report = bed.service.importFile(LIAISON, file(ImportKind.DUTY_RECORDS, false, false, HEADER, "马建国,,INSPECTION,2020-01-02,,"));

        assertThat(report.errors()).extracting(RowError::column, RowError::message)
                .containsExactly(tuple("日期", "日期 2020-01-02 不在该代表的届期（2023-01-15 至 2028-01-14）内"));
    }

    @Test
    @DisplayName("importing the same file again creates nothing and reports its rows as skipped")
    void reimportSkips() {
        bed.service.importFile(LIAISON, file(ImportKind.DUTY_RECORDS, false, false, HEADER, GOOD_1, GOOD_2));

        var again = bed.service.importFile(LIAISON, file(ImportKind.DUTY_RECORDS, false, false, HEADER, GOOD_1, GOOD_2));

        assertThat(again.imported()).isZero();
        assertThat(again.skipped()).isEqualTo(2);
        assertThat(again.errors()).isEmpty();
        assertThat(again.refused()).isFalse();
        assertThat(again.skippedRows()).extracting(SkippedRow::row, SkippedRow::message)
                .containsExactly(tuple(2, "已导入，跳过"), tuple(3, "已导入，跳过"));
        assertThat(bed.platform.records().stored(QINGHAI)).hasSize(2);
    }

    @Test
    @DisplayName("the same record in another file, named by login, type name and another date style, is skipped too")
    void sameRecordInAnotherFileIsSkipped() {
        bed.service.importFile(LIAISON, file(ImportKind.DUTY_RECORDS, false, false, HEADER, GOOD_1));

        var other = bed.service.importFile(LIAISON, file(ImportKind.DUTY_RECORDS, false, false,
                "登录名,类型,日期,对象,备注", "qinghai-deputy1,视察,2025/3/5, 城东区 ,另一条备注", "qinghai-deputy1,视察,2025/3/6,,"));

        assertThat(other.skipped()).isEqualTo(1);
        assertThat(other.imported()).isEqualTo(1);
        assertThat(bed.platform.records().stored(QINGHAI)).hasSize(2);
    }

    @Test
    @DisplayName("a dry run reports what would be imported and imports nothing")
    void dryRunImportsNothing() {
        var report = bed.service.importFile(LIAISON, file(ImportKind.DUTY_RECORDS, false, true, HEADER, GOOD_1, GOOD_2, BAD_DATE));

        assertThat(report.dryRun()).isTrue();
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.refused()).isFalse();
        assertThat(bed.platform.records().stored(QINGHAI)).isEmpty();
        assertThat(bed.fingerprints.count(QINGHAI)).isZero();
    }

    @Test
    @DisplayName("a name two deputies share is an error asking for the login or id; unknown types and future dates are errors")
    void ambiguousNameUnknownTypeFutureDate() {
        seat(TestData.person("马建国"));

        var report = bed.service.importFile(LIAISON, file(ImportKind.DUTY_RECORDS, false, false, HEADER,
                GOOD_1, "才让卓玛,,跳舞,2025-03-05,,", "才让卓玛,,INSPECTION,2099-01-01,,", "qinghai-deputy1,,INSPECTION,2025-03-05,,"));

        assertThat(report.errors()).extracting(RowError::row, RowError::column, RowError::message).containsExactly(
                tuple(2, "代表姓名", "本级人大有 2 位名为“马建国”的代表，请填写登录名或代表编号"),
                tuple(3, "类型", "履职管理办法中没有履职类型“跳舞”（可填类型代码或中文名称）"),
                tuple(4, "日期", "日期 2099-01-01 晚于今天"),
                tuple(5, "代表姓名", "本级人大没有代表“qinghai-deputy1”"));
    }

    @Test
    @DisplayName("a file without a required column is refused at its header, every row rejected")
    void missingColumn() {
        var report = bed.service.importFile(LIAISON, file(ImportKind.DUTY_RECORDS, false, false, "代表姓名,类型", "马建国,INSPECTION"));

        assertThat(report.errors()).extracting(RowError::row, RowError::column).containsExactly(tuple(1, "日期"));
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.refused()).isTrue();
    }

    @Test
    @DisplayName("a too long note is an error of the note's column")
    void tooLongNote() {
        var report = bed.service.importFile(LIAISON, file(ImportKind.DUTY_RECORDS, false, false, HEADER,
                "马建国,,INSPECTION,2025-03-05,," + "长".repeat(501)));

        assertThat(report.errors()).extracting(RowError::column, RowError::message)
                .containsExactly(tuple("备注", "不能超过 500 个字符（当前 501 个）"));
    }

    @Test
    @DisplayName("the quantity column: half a day of a day-measured type imports as 0.5; on a type measuring nothing, or not a number, it is an error of 数量")
    void quantityColumn() {
        var report = bed.service.importFile(LIAISON, file(ImportKind.DUTY_RECORDS, true, false, HEADER + ",数量",
                "马建国,,TRAINING_DAYS,2025-03-05,,,0.5", "马建国,,INSPECTION,2025-03-06,,,2", "马建国,,TRAINING_DAYS,2025-03-07,,,半天"));

        assertThat(report.imported()).isEqualTo(1);
        assertThat(bed.platform.records().stored(QINGHAI)).extracting(DutyRecord::type, DutyRecord::quantity)
                .containsExactly(tuple("TRAINING_DAYS", new BigDecimal("0.5")));
        assertThat(report.errors()).extracting(RowError::row, RowError::column).containsExactly(tuple(3, "数量"), tuple(4, "数量"));
        assertThat(report.errors().getFirst().message()).contains("视察", "不计量");
    }

    @Test
    @DisplayName("a deputy may not import; an integration may import records but not deputies")
    void roles() {
        ActingCaller deputy = TestData.caller("qinghai-deputy1", QINGHAI, AccessRole.DEPUTY);
        ActingCaller integration = TestData.caller("client", QINGHAI, AccessRole.INTEGRATION);

        assertThatThrownBy(() -> bed.service.importFile(deputy, file(ImportKind.DUTY_RECORDS, false, false, HEADER, GOOD_1)))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> bed.service.importFile(integration, file(ImportKind.DEPUTIES, false, false, "姓名,届次,选举单位类型")))
                .isInstanceOf(AccessDenied.class);
        assertThat(bed.service.importFile(integration, file(ImportKind.DUTY_RECORDS, false, false, HEADER, GOOD_1)).imported()).isEqualTo(1);
    }

    @Test
    @DisplayName("records are imported in the acting congress only")
    void actingCongressOnly() {
        bed.service.importFile(LIAISON, file(ImportKind.DUTY_RECORDS, false, false, HEADER, GOOD_1));

        assertThat(bed.platform.records().stored(HUNAN)).isEmpty();
        assertThat(bed.platform.transactions().congressesActedIn()).containsOnly(QINGHAI);
    }

    @Test
    @DisplayName("deputies are registered with their term by number and delegation by name; bad cells are named")
    void deputies() {
        String header = "姓名,届次,选举单位类型,选举单位,代表团,代表小组,基层代表,解放军代表,手机,邮箱,登录名";
        var refused = bed.service.importFile(LIAISON, file(ImportKind.DEPUTIES, false, false, header,
                "王小明,14,选举单位,西宁市人大,西宁市代表团,,是,否,13800138000,wxm@example.cn,wang.xm",
                "李四,15,选区,第1选区,,,,,,,",
                "赵五,14,选举单位,西宁市人大,火星代表团,,也许,,,not-an-email,",
                "王小明,14,选举单位,西宁市人大,,,,,,,"));

        assertThat(refused.errors()).extracting(RowError::row, RowError::column).containsExactly(
                tuple(3, "届次"), tuple(4, "代表团"),
                tuple(4, "基层代表"), tuple(4, "邮箱"),
                tuple(5, "姓名、届次、选举单位"));
        assertThat(bed.register.commands).isEmpty();

        var imported = bed.service.importFile(LIAISON, file(ImportKind.DEPUTIES, false, false, header,
                "王小明,14,选举单位,西宁市人大,西宁市代表团,,是,否,13800138000,wxm@example.cn,wang.xm"));

        assertThat(imported.imported()).isEqualTo(1);
        var command = bed.register.commands.getFirst();
        assertThat(command.term()).isEqualTo(term.id());
        assertThat(command.seat().delegation()).contains(xining.id());
        assertThat(command.seat().grassroots()).isTrue();
        assertThat(command.contact().phone()).contains("13800138000");
        assertThat(command.login().map(Object::toString)).contains("wang.xm");
        var again = bed.service.importFile(LIAISON, file(ImportKind.DEPUTIES, false, false, header,
                "王小明,14,选举单位,西宁市人大,西宁市代表团,,是,否,13800138000,wxm@example.cn,wang.xm"));
        assertThat(again.skipped()).isEqualTo(1);
        assertThat(bed.register.commands).hasSize(1);
    }

    @Test
    @DisplayName("a deputy already in the register for the term is an error, not a second seat")
    void deputyAlreadyRegistered() {
        var report = bed.service.importFile(LIAISON, file(ImportKind.DEPUTIES, false, false, "name,term,constituency,constituencyName",
                "才让卓玛,14,ELECTING_UNIT,海东市人大", "才让卓玛,14,DISTRICT,城东选区"));

        assertThat(report.errors()).extracting(RowError::row, RowError::column, RowError::message).containsExactly(tuple(3, "name", "本级人大第 14 届已有同一选举单位的代表“才让卓玛”"));
    }

    private Deputy seat(Person person) {
        bed.platform.persons().seed(QINGHAI, person);
        return bed.platform.deputies().seed(QINGHAI, new Deputy(org.lvzhi.domain.deputy.DeputyId.random(), person.id(), term.id(),
                SeatBuilder.aSeat().build(), ContactDetails.NONE, DeputyStatus.ACTIVE));
    }
}
