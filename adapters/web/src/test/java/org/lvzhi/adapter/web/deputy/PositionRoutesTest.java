package org.lvzhi.adapter.web.deputy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.adapter.web.testing.ProblemAssert.assertInvalid;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.web.testing.Api;
import org.lvzhi.adapter.web.testing.Script;
import org.lvzhi.adapter.web.testing.TestTokens;
import org.lvzhi.application.deputy.port.in.AssignPositionCommand;
import org.lvzhi.application.deputy.port.in.PositionUseCases;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.Position;

/** Positions (the chair, a group's leader…) over HTTP, the use cases replaced by a fake. */
@MicronautTest
class PositionRoutesTest {

    private static final String OFFICER = TestTokens.of("officer", List.of("LIAISON_OFFICER"), List.of("qinghai"));

    @Inject
    Api api;

    private final Script<PositionUseCases> positions = Script.of(PositionUseCases.class);

    @MockBean(PositionUseCases.class)
    PositionUseCases positions() {
        return positions.port();
    }

    @Test
    @DisplayName("an assignment to a deputy reaches the use case parsed in the token's congress")
    void assignsADeputy() {
        positions.failNextWith(new AccessDenied("该代表已担任此职务"));
        DeputyId deputy = DeputyId.random();

        api.postJson("/api/v1/positions", OFFICER,
                "{\"position\":\"GROUP_LEADER\",\"deputyId\":\"" + deputy + "\",\"from\":\"2026-01-01\",\"until\":\"2026-12-31\"}");

        assertThat(positions.argument("assign", 0, CongressId.class)).isEqualTo(new CongressId("qinghai"));
        AssignPositionCommand command = positions.argument("assign", 1, AssignPositionCommand.class);
        assertThat(command.position()).isEqualTo(Position.GROUP_LEADER);
        assertThat(command.deputy()).contains(deputy);
        assertThat(command.name()).isEmpty();
        assertThat(command.until()).contains(LocalDate.of(2026, 12, 31));
    }

    @Test
    @DisplayName("without a deputy the holder's name is needed; bad fields are one 422 naming each")
    void refusesABadAssignment() {
        assertInvalid(api.postJson("/api/v1/positions", OFFICER, "{\"position\":\"KING\",\"unitId\":\"u\",\"login\":\"a b\"}"),
                "/position", "/name", "/login", "/unitId", "/from");
        assertThat(positions.called("assign")).isFalse();
    }

    @Test
    @DisplayName("the positions are a page of the token's congress")
    void listsPositions() {
        positions.answer(new Page<>(List.of(), 0, 5, 0), "list");

        var listed = api.get("/api/v1/positions?size=5", OFFICER);

        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.text("total")).isEqualTo("0");
        assertThat(positions.argument("list", 1, PageRequest.class)).isEqualTo(new PageRequest(0, 5));
    }
}
