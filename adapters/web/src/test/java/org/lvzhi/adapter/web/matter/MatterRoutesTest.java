package org.lvzhi.adapter.web.matter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.adapter.web.testing.ProblemAssert.assertInvalid;
import static org.lvzhi.adapter.web.testing.ProblemAssert.assertProblem;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.web.testing.Api;
import org.lvzhi.adapter.web.testing.FixedClock;
import org.lvzhi.adapter.web.testing.Script;
import org.lvzhi.adapter.web.testing.TestTokens;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.matter.port.in.MatterStepCommand;
import org.lvzhi.application.matter.port.in.MatterUseCases;
import org.lvzhi.application.matter.port.in.RecordMatterCommand;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.matter.Matter;
import org.lvzhi.domain.matter.MatterAction;
import org.lvzhi.domain.matter.MatterId;
import org.lvzhi.domain.matter.MatterKind;
import org.lvzhi.domain.matter.MatterStep;

/** Appointments, reports, letters and changes of details over HTTP, the use cases replaced by a fake. */
@MicronautTest
class MatterRoutesTest {

    private static final String OFFICER = TestTokens.of("officer", List.of("LIAISON_OFFICER"), List.of("qinghai", "hunan"));
    private static final String DEPUTY = TestTokens.of("zhang", List.of("DEPUTY"), List.of("qinghai"));
    private static final DeputyId ZHANG = DeputyId.random();
    private static final Matter LETTER = Matter.record(MatterKind.LETTER, List.of(ZHANG), Optional.empty(), "群众来信转办",
            "关于供暖的来信。", FixedClock.TODAY, new MatterAction.Acting("officer", FixedClock.NOW));
    private static final String HUNAN = "X-Congress";

    @Inject
    Api api;

    private final Script<MatterUseCases> matters = Script.of(MatterUseCases.class);

    @MockBean(MatterUseCases.class)
    MatterUseCases matters() {
        return matters.port();
    }

    @BeforeEach
    void answerTheLetter() {
        matters.answer(LETTER, "record", "step", "find");
    }

    @Test
    @DisplayName("a recorded matter answers 201 with its rule and Chinese names; without a day it happened today, in the picked congress")
    void records() {
        var recorded = api.postJson("/api/v1/matters", OFFICER,
                "{\"kind\":\"LETTER\",\"deputyIds\":[\"" + ZHANG + "\"],\"title\":\"群众来信转办\",\"content\":\"关于供暖的来信。\"}",
                HUNAN, "hunan");

        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.text("rule")).isEqualTo("BL-23");
        assertThat(recorded.text("kindName")).containsPattern("\\p{IsHan}");
        assertThat(recorded.node().get("actions").get(0).get("step").getStringValue()).isEqualTo("RECORDED");
        RecordMatterCommand command = matters.argument("record", 1, RecordMatterCommand.class);
        assertThat(command.kind()).isEqualTo(MatterKind.LETTER);
        assertThat(command.deputies()).containsExactly(ZHANG);
        assertThat(command.on()).isEqualTo(FixedClock.TODAY);
        assertThat(matters.argument("record", 0, ActingCaller.class).congress()).isEqualTo(new CongressId("hunan"));
    }

    @Test
    @DisplayName("a bad kind, deputy, unit, day and missing texts are one 422 naming every field; nothing is recorded")
    void refusesABadMatter() {
        var refused = api.postJson("/api/v1/matters", OFFICER,
                "{\"kind\":\"MEMO\",\"deputyIds\":[\"nobody\"],\"unitId\":\"x\",\"on\":\"2026/03/01\"}", HUNAN, "qinghai");

        assertInvalid(refused, "/kind", "/deputyIds/0", "/unitId", "/title", "/content", "/on");
        assertThat(refused.message("/on")).contains("YYYY-MM-DD");
        assertThat(matters.called("record")).isFalse();
    }

    @Test
    @DisplayName("a step reaches the use case with its day, note and unit; a bad id, step and day are one 422")
    void steps() {
        UnitId unit = UnitId.random();

        var stepped = api.postJson("/api/v1/matters/" + LETTER.id() + "/steps", OFFICER,
                "{\"step\":\"ASSIGNED\",\"on\":\"2026-02-27\",\"note\":\"转交办理\",\"unitId\":\"" + unit + "\"}", HUNAN, "qinghai");
        var refused = api.postJson("/api/v1/matters/m-1/steps", OFFICER, "{\"step\":\"JUMPED\",\"on\":\"yesterday\"}", HUNAN, "qinghai");

        assertThat(stepped.status()).as(stepped.body()).isEqualTo(200);
        assertThat(matters.argument("step", 1, MatterId.class)).isEqualTo(LETTER.id());
        assertThat(matters.argument("step", 2, MatterStepCommand.class)).isEqualTo(
                new MatterStepCommand(MatterStep.ASSIGNED, LocalDate.of(2026, 2, 27), Optional.of("转交办理"), Optional.of(unit)));
        assertInvalid(refused, "/id", "/step", "/on");
    }

    @Test
    @DisplayName("the list filters by kind and pages by keyset, its total on request; an unknown kind is a 422 at /kind")
    void lists() {
        matters.answer(new Slice<>(List.of(LETTER), 1, Optional.of("bmV4dA"), Optional.of(2L)), "list");

        var listed = api.get("/api/v1/matters?kind=APPOINTMENT&size=1&total=true", DEPUTY);
        var refused = api.get("/api/v1/matters?kind=appointments", DEPUTY);

        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(matters.argument("list", 1, Optional.class)).contains(MatterKind.APPOINTMENT);
        assertThat(listed.text("total")).isEqualTo("2");
        assertThat(listed.header("Link")).contains("after=bmV4dA").contains("kind=APPOINTMENT");
        assertInvalid(refused, "/kind");
    }

    @Test
    @DisplayName("a matter of another congress is the same 404 as a missing one")
    void answersMissingMatters() {
        matters.failNextWith(new NotFound("matter", LETTER.id()));

        var missing = api.get("/api/v1/matters/" + MatterId.random(), DEPUTY);

        assertProblem(missing, 404);
    }
}
