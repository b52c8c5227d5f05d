package org.lvzhi.adapter.web.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lvzhi.adapter.web.testing.ProblemAssert.assertInvalid;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.web.testing.Api;
import org.lvzhi.adapter.web.testing.Script;
import org.lvzhi.adapter.web.testing.TestTokens;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.statistics.port.out.DeputyFiguresFilter;
import org.lvzhi.application.statistics.port.out.TenantStatistics;
import org.lvzhi.application.statistics.port.in.StatisticsQueries;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.DeputyStatus;

/** The year's statistics over HTTP: totals, pages of deputies' figures and the workbooks, the use case replaced by a fake. */
@MicronautTest
class StatisticsRoutesTest {

    private static final String OFFICER = TestTokens.of("officer", List.of("LIAISON_OFFICER"), List.of("qinghai"));
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final TenantStatistics.Line GROUP = new TenantStatistics.Line(UUID.randomUUID(), "城东代表小组", 12, 40, 30, 10, 24, 18);

    @Inject
    Api api;

    private final Script<StatisticsQueries> statistics = Script.of(StatisticsQueries.class);

    @MockBean(StatisticsQueries.class)
    StatisticsQueries statistics() {
        return statistics.port();
    }

    @Test
    @DisplayName("the totals are of this year by the platform's clock unless a year is asked; each line carries its rates")
    void answersTheYearsTotals() {
        statistics.answer(new TenantStatistics(2026, List.of(), List.of(GROUP), List.of(), List.of()), "statistics");

        var totals = api.get("/api/v1/statistics", OFFICER);
        assertThat(statistics.argument("statistics", 1, Integer.class)).isEqualTo(2026);
        api.get("/api/v1/statistics?year=2024", OFFICER);
        assertThat(statistics.argument("statistics", 1, Integer.class)).isEqualTo(2024);

        assertThat(totals.status()).as(totals.body()).isEqualTo(200);
        var group = totals.node().get("deputyGroups").get(0);
        assertThat(group.get("name").getStringValue()).isEqualTo("城东代表小组");
        assertThat(group.get("attendanceRate").getDoubleValue()).isEqualTo(0.75);
        assertThat(group.get("quotaCompletion").getDoubleValue()).isEqualTo(0.75);
        assertThat(totals.node().get("points").isNull()).isTrue();
    }

    @Test
    @DisplayName("deputies' figures come 50 to a page unless asked; filters reach the use case parsed, bad ones are one 422")
    void pagesDeputiesFigures() {
        statistics.answer(new Slice<>(List.of(GROUP), 50, Optional.of("bmV4dA")), "deputies");
        UnitId station = UnitId.random();

        var first = api.get("/api/v1/statistics/deputies?liaisonStationId=" + station + "&status=ACTIVE", OFFICER);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(statistics.argument("deputies", 3, KeysetRequest.class)).isEqualTo(new KeysetRequest(Optional.empty(), 50));
        DeputyFiguresFilter filter = statistics.argument("deputies", 2, DeputyFiguresFilter.class);
        assertThat(filter.station()).contains(station);
        assertThat(filter.status()).contains(DeputyStatus.ACTIVE);
        assertThat(filter.group()).isEmpty();
        assertThat(first.header("Link")).contains("after=bmV4dA").contains("size=50").contains("liaisonStationId=" + station);
        assertInvalid(api.get("/api/v1/statistics/deputies?deputyGroupId=g&status=ASLEEP", OFFICER), "/deputyGroupId", "/status");
    }

    @Test
    @DisplayName("the year's workbook downloads as XLSX named by its year; a file name that is not a year's workbook is a 404")
    void downloadsTheWorkbook() {
        statistics.answer(writing(new byte[] {'P', 'K', 3, 4}), "workbook");

        var workbook = api.get("/api/v1/statistics/2025.xlsx", OFFICER);
        var other = api.get("/api/v1/statistics/report.pdf", OFFICER);

        assertThat(workbook.status()).isEqualTo(200);
        assertThat(workbook.contentType()).isEqualTo(XLSX);
        assertThat(workbook.header("Content-Disposition")).isEqualTo("attachment; filename=\"statistics-2025.xlsx\"");
        assertThat(statistics.argument("workbook", 1, Integer.class)).isEqualTo(2025);
        assertThat(other.status()).isEqualTo(404);
    }

    @Test
    @DisplayName("the deputies' export streams what the use case writes, whole, as an XLSX attachment of the year")
    void streamsTheExport() {
        byte[] written = "行".repeat(100_000).getBytes(StandardCharsets.UTF_8);
        statistics.answer(writing(written), "deputiesExport");

        var export = api.get("/api/v1/statistics/deputies.xlsx?year=2025", OFFICER);

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).isEqualTo(XLSX);
        assertThat(export.header("Content-Disposition")).isEqualTo("attachment; filename=\"statistics-deputies-2025.xlsx\"");
        assertThat(export.body().getBytes(StandardCharsets.UTF_8)).isEqualTo(written);
    }

    @Test
    @DisplayName("an export whose writer fails half way fails the download instead of ending it as a cut file")
    void failsABrokenExport() {
        statistics.answer((StatisticsQueries.Export) out -> {
            try {
                out.write(new byte[300_000]);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            throw new IllegalStateException("the database went away");
        }, "deputiesExport");

        assertThatThrownBy(() -> api.get("/api/v1/statistics/deputies.xlsx", OFFICER)).isInstanceOf(UncheckedIOException.class);
    }

    /** A file that writes these bytes. */
    private static StatisticsQueries.Export writing(byte[] bytes) {
        return out -> {
            try {
                out.write(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
