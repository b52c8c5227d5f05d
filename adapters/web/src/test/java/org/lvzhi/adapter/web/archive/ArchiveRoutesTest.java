package org.lvzhi.adapter.web.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.adapter.web.testing.ProblemAssert.assertInvalid;
import static org.lvzhi.adapter.web.testing.ProblemAssert.assertProblem;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.web.testing.Api;
import org.lvzhi.adapter.web.testing.FixedClock;
import org.lvzhi.adapter.web.testing.Script;
import org.lvzhi.adapter.web.testing.TestTokens;
import org.lvzhi.application.archive.port.out.ComplianceStanding;
import org.lvzhi.application.archive.port.out.StandingFilter;
import org.lvzhi.application.archive.port.in.ArchiveQueries;
import org.lvzhi.application.archive.port.in.NightlyEvaluationUseCase;
import org.lvzhi.application.archive.port.in.SupervisionUseCases;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.domain.compliance.QuotaStatus;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.supervision.CaseOutcome;
import org.lvzhi.domain.supervision.CaseOpening;
import org.lvzhi.domain.supervision.CaseState;
import org.lvzhi.domain.supervision.SupervisionCase;

/** A deputy's archive, the compliance overview and supervision cases over HTTP, the use cases replaced by fakes. */
@MicronautTest
class ArchiveRoutesTest {

    private static final String OFFICER = TestTokens.of("officer", List.of("LIAISON_OFFICER"), List.of("qinghai"));
    private static final String DEPUTY = TestTokens.of("zhang", List.of("DEPUTY"), List.of("qinghai"));
    private static final DeputyId ZHANG = DeputyId.random();
    private static final SupervisionCase CASE = SupervisionCase.open(ZHANG, new CaseOpening("QH-9.1", "青海省代表履职办法第九条",
            "QH-9.1/2025", 0, "TALK", "DELEGATION_HEAD", List.of(), List.of("连续两次无故缺席")), FixedClock.TODAY);

    @Inject
    Api api;

    private final Script<ArchiveQueries> archives = Script.of(ArchiveQueries.class);
    private final Script<NightlyEvaluationUseCase> evaluation = Script.of(NightlyEvaluationUseCase.class);
    private final Script<SupervisionUseCases> cases = Script.of(SupervisionUseCases.class);

    @MockBean(ArchiveQueries.class)
    ArchiveQueries archives() {
        return archives.port();
    }

    @MockBean(NightlyEvaluationUseCase.class)
    NightlyEvaluationUseCase evaluation() {
        return evaluation.port();
    }

    @MockBean(SupervisionUseCases.class)
    SupervisionUseCases cases() {
        return cases.port();
    }

    @Test
    @DisplayName("an archive is read as of today by the platform's clock, or as of the day asked; another deputy's is the use case's 403")
    void readsTheArchiveAsOfADay() {
        archives.failNextWith(new AccessDenied("代表只能查看本人的履职档案"));
        var denied = api.get("/api/v1/deputies/" + ZHANG + "/archive", DEPUTY);
        assertProblem(denied, 403);
        assertThat(archives.argument("archive", 1, DeputyId.class)).isEqualTo(ZHANG);
        assertThat(archives.argument("archive", 2, LocalDate.class)).isEqualTo(FixedClock.TODAY);

        archives.failNextWith(new AccessDenied("代表只能查看本人的履职档案"));
        api.get("/api/v1/deputies/" + ZHANG + "/archive?on=2025-12-31", DEPUTY);
        assertThat(archives.argument("archive", 2, LocalDate.class)).isEqualTo(LocalDate.of(2025, 12, 31));

        assertInvalid(api.get("/api/v1/deputies/zhang/archive", DEPUTY), "/id");
    }

    @Test
    @DisplayName("the overview's counts answer every status by name, the unit filters reaching the use case without a status")
    void countsTheOverview() {
        UnitId station = UnitId.random();
        archives.answer(Map.of(QuotaStatus.MET, 7L, QuotaStatus.ON_TRACK, 0L, QuotaStatus.AT_RISK, 2L, QuotaStatus.BEHIND, 1L),
                "overviewCounts");

        var counts = api.get("/api/v1/compliance-overview/counts?liaisonStationId=" + station, OFFICER);

        assertThat(counts.status()).as(counts.body()).isEqualTo(200);
        assertThat(counts.node().get("MET").getLongValue()).isEqualTo(7);
        assertThat(counts.node().get("BEHIND").getLongValue()).isEqualTo(1);
        StandingFilter filter = archives.argument("overviewCounts", 1, StandingFilter.class);
        assertThat(filter.liaisonStation()).contains(station);
        assertThat(filter.worst()).isEmpty();
    }

    @Test
    @DisplayName("the overview's filters reach the use case parsed; a bad status or unit id is a 422 at its parameter")
    void filtersTheOverview() {
        UnitId group = UnitId.random();
        archives.answer(new Slice<>(List.of(new ComplianceStanding(ZHANG, "张三", FixedClock.TODAY, QuotaStatus.BEHIND,
                List.of(new ComplianceStanding.QuotaLine("QH-3.1", "青海省代表履职办法第三条", BigDecimal.ONE, 4, QuotaStatus.BEHIND)))), 20, Optional.empty()), "overview");

        var overview = api.get("/api/v1/compliance-overview?status=BEHIND&deputyGroupId=" + group, OFFICER);

        assertThat(overview.status()).as(overview.body()).isEqualTo(200);
        var standing = overview.node().get("items").get(0);
        assertThat(standing.get("name").getStringValue()).isEqualTo("张三");
        assertThat(standing.get("worstName").getStringValue()).containsPattern("\\p{IsHan}");
        assertThat(standing.get("quotas").get(0).get("minimum").getIntValue()).isEqualTo(4);
        StandingFilter filter = archives.argument("overview", 1, StandingFilter.class);
        assertThat(filter.worst()).contains(QuotaStatus.BEHIND);
        assertThat(filter.deputyGroup()).contains(group);
        assertThat(filter.delegation()).isEmpty();
        assertInvalid(api.get("/api/v1/compliance-overview?status=LATE", OFFICER), "/status");
        assertInvalid(api.get("/api/v1/compliance-overview/counts?delegationId=x", OFFICER), "/delegationId");
        assertInvalid(api.get("/api/v1/compliance-overview?liaisonStationId=x", OFFICER), "/liaisonStationId");
    }

    @Test
    @DisplayName("an evaluation on demand runs for the caller's congress as of today and says how many cases it opened")
    void evaluatesOnDemand() {
        evaluation.answer(2, "evaluate");

        var evaluated = api.postJson("/api/v1/compliance-overview/evaluations", OFFICER, "");

        assertThat(evaluated.status()).as(evaluated.body()).isEqualTo(200);
        assertThat(evaluated.text("casesOpened")).isEqualTo("2");
        assertThat(evaluated.text("on")).isEqualTo("2026-03-02");
        assertThat(evaluation.argument("evaluate", 0, CongressId.class)).isEqualTo(new CongressId("qinghai"));
        assertThat(evaluation.argument("evaluate", 1, LocalDate.class)).isEqualTo(FixedClock.TODAY);
    }

    @Test
    @DisplayName("cases are listed by state (an unknown one a 422); a discretionary case answers 201 and needs its deputy, rule and severity")
    void opensAndListsCases() {
        cases.answer(new Slice<>(List.of(CASE), 20, Optional.empty()), "list").answer(CASE, "openDiscretionary");

        var listed = api.get("/api/v1/supervision-cases?state=OPEN", OFFICER);
        var opened = api.postJson("/api/v1/supervision-cases", OFFICER,
                "{\"deputyId\":\"" + ZHANG + "\",\"rule\":\"QH-9.1\",\"severity\":\"TALK\",\"reason\":\"连续两次无故缺席\"}");

        assertThat(listed.node().get("items").get(0).get("rule").getStringValue()).isEqualTo("QH-9.1");
        assertThat(cases.argument("list", 1, Optional.class)).contains(CaseState.OPEN);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(opened.node().get("evidence").get(0).getStringValue()).isEqualTo("连续两次无故缺席");
        assertThat(cases.argument("openDiscretionary", 1, DeputyId.class)).isEqualTo(ZHANG);
        assertThat(cases.argument("openDiscretionary", 3, String.class)).isEqualTo("TALK");
        assertInvalid(api.get("/api/v1/supervision-cases?state=PAUSED", OFFICER), "/state");
        assertInvalid(api.postJson("/api/v1/supervision-cases", OFFICER, "{\"rule\":\"QH-9.1\",\"severity\":\"TALK\"}"), "/deputyId");
        assertInvalid(api.postJson("/api/v1/supervision-cases", OFFICER, "{\"deputyId\":\"" + ZHANG + "\",\"severity\":\"TALK\"}"), "/rule");
    }

    @Test
    @DisplayName("closing takes an outcome code (an unknown one a 422 at /outcome) and the note; a review answers the cases it opened")
    void closesAndReviews() {
        cases.answer(CASE, "close").answer(List.of(CASE), "review");

        var closed = api.postJson("/api/v1/supervision-cases/" + CASE.id() + "/close", OFFICER, "{\"outcome\":\"RESOLVED\",\"note\":\"已谈话\"}");
        var reviewed = api.postJson("/api/v1/supervision-cases/reviews", OFFICER, "{\"deputyId\":\"" + ZHANG + "\"}");

        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(cases.argument("close", 2, CaseOutcome.class)).isEqualTo(CaseOutcome.RESOLVED);
        assertThat(cases.argument("close", 3, String.class)).isEqualTo("已谈话");
        assertThat(reviewed.node().size()).isEqualTo(1);
        assertThat(cases.argument("review", 1, DeputyId.class)).isEqualTo(ZHANG);
        assertInvalid(api.postJson("/api/v1/supervision-cases/" + CASE.id() + "/close", OFFICER, "{\"outcome\":\"DONE\"}"), "/outcome");
    }
}
