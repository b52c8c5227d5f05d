package org.lvzhi.adapter.web.congress;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.web.testing.Api;
import org.lvzhi.adapter.web.testing.FakeUnits;
import org.lvzhi.adapter.web.testing.TestTokens;
import org.lvzhi.application.congress.port.in.UnitCommand;
import org.lvzhi.application.shared.AlreadyExists;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.UnitKind;

/**
 * The unit registers over HTTP with their use cases replaced by a fake: what a client sees of statuses, problem
 * bodies, field pointers, paging and access, decided by the web adapter alone.
 */
@MicronautTest
class UnitRoutesTest {

    private static final CongressId QINGHAI = new CongressId("qinghai");
    private static final String OFFICER = TestTokens.of("officer", List.of("LIAISON_OFFICER"), List.of("qinghai"));
    private static final String DEPUTY = TestTokens.of("deputy", List.of("DEPUTY"), List.of("qinghai"));
    private static final String PROBLEM = "application/problem+json";

    @Inject
    Api api;

    @Inject
    FakeUnits units;

    @BeforeEach
    void empty() {
        units.clear();
    }

    @Test
    @DisplayName("a created unit answers 201 with its fields, stored in the caller's congress")
    void creates() {
        var created = api.postJson("/api/v1/liaison-stations", OFFICER, "{\"name\":\"城东联络站\",\"address\":\"城东路1号\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("kind")).isEqualTo("LIAISON_STATION");
        assertThat(created.text("address")).isEqualTo("城东路1号");
        assertThat(units.of(QINGHAI)).extracting(unit -> unit.name().value()).containsExactly("城东联络站");
    }

    @Test
    @DisplayName("a list answers one page in the envelope {items, page, size, total}; the next page goes on where it ends")
    void pages() {
        for (String name : List.of("甲站", "乙站", "丙站", "丁站", "戊站")) {
            units.create(QINGHAI, UnitKind.LIAISON_STATION, UnitCommand.of(name, null));
        }

        var first = api.get("/api/v1/liaison-stations?page=0&size=2", OFFICER);
        var third = api.get("/api/v1/liaison-stations?page=2&size=2", OFFICER);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.node().get("items").size()).isEqualTo(2);
        assertThat(first.text("total")).isEqualTo("5");
        assertThat(first.text("size")).isEqualTo("2");
        assertThat(third.node().get("items").size()).isEqualTo(1);
        assertThat(third.text("page")).isEqualTo("2");
    }

    @Test
    @DisplayName("a page size over the limit or a negative page is a 422 problem pointing at the parameter")
    void refusesBadPaging() {
        var tooLarge = api.get("/api/v1/liaison-stations?size=500", OFFICER);
        var negative = api.get("/api/v1/liaison-stations?page=-1", OFFICER);

        assertThat(tooLarge.status()).isEqualTo(422);
        assertThat(tooLarge.contentType()).startsWith(PROBLEM);
        assertThat(tooLarge.pointers()).containsExactly("/size");
        assertThat(negative.pointers()).containsExactly("/page");
    }

    @Test
    @DisplayName("a unit without a name is a 422 problem with a Chinese reason at /name, and nothing is stored")
    void refusesAMissingName() {
        var refused = api.postJson("/api/v1/handling-units", OFFICER, "{\"address\":\"某地\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.pointers()).containsExactly("/name");
        assertThat(refused.node().get("errors").get(0).get("message").getStringValue()).containsPattern("\\p{IsHan}");
        assertThat(units.of(QINGHAI)).isEmpty();
    }

    @Test
    @DisplayName("a body that is not JSON is a 400 problem pointing at the whole document")
    void refusesMalformedJson() {
        var refused = api.postJson("/api/v1/delegations", OFFICER, "{\"name\":");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith(PROBLEM);
        assertThat(refused.pointers()).containsExactly("");
        assertThat(refused.text("detail")).contains("第 1 行第 9 列").doesNotContainPattern("[a-z]{3,}");
    }

    @Test
    @DisplayName("a value of the wrong type is a 400 problem that says in Chinese where, without the parser's words")
    void refusesAValueOfTheWrongType() {
        var refused = api.postJson("/api/v1/delegations", OFFICER, "{\"name\":{\"first\":\"代表团\"}}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.text("detail")).as(refused.body()).contains("第 1 行").doesNotContainPattern("[a-z]{3,}");
        assertThat(units.of(QINGHAI)).isEmpty();
    }

    @Test
    @DisplayName("a body in a media type the route does not take is 415")
    void refusesOtherMediaTypes() {
        var xml = api.post("/api/v1/delegations", OFFICER, "application/xml", "<unit><name>城东</name></unit>");
        var refused = api.post("/api/v1/delegations", OFFICER, "text/plain", "名称");

        assertThat(xml.status()).as(xml.body()).isEqualTo(415);
        assertThat(refused.status()).as(refused.body()).isEqualTo(415);
        assertThat(units.of(QINGHAI)).isEmpty();
    }

    @Test
    @DisplayName("a malformed id is a 422 problem at /id; an unknown one a 404 that names nothing")
    void answersMissingUnits() {
        var malformed = api.get("/api/v1/deputy-groups/not-a-uuid", OFFICER);
        var unknown = api.get("/api/v1/deputy-groups/0d6f2b7e-4a7e-4b8e-9a51-7f0e1c0c9a11", OFFICER);

        assertThat(malformed.status()).isEqualTo(422);
        assertThat(malformed.pointers()).containsExactly("/id");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith(PROBLEM);
        assertThat(unknown.body()).doesNotContain("0d6f2b7e").doesNotContain("DEPUTY_GROUP");
    }

    @Test
    @DisplayName("without a token 401; a role the route does not admit 403; a congress the token does not grant 403")
    void refusesCallersItDoesNotAdmit() {
        assertThat(api.get("/api/v1/delegations", null).status()).isEqualTo(401);
        assertThat(api.postJson("/api/v1/delegations", DEPUTY, "{\"name\":\"代表团\"}").status()).isEqualTo(403);
        var elsewhere = api.get("/api/v1/delegations", OFFICER, "X-Congress", "hunan");

        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.contentType()).startsWith(PROBLEM);
        assertThat(units.of(QINGHAI)).isEmpty();
    }

    @Test
    @DisplayName("a token of two congresses must pick one with X-Congress; the pick acts in that congress")
    void actsInThePickedCongress() {
        String both = TestTokens.of("officer", List.of("LIAISON_OFFICER"), List.of("qinghai", "hunan"));

        assertThat(api.postJson("/api/v1/work-committees", both, "{\"name\":\"法制委\"}").status()).isEqualTo(403);
        assertThat(api.postJson("/api/v1/work-committees", both, "{\"name\":\"法制委\"}", "X-Congress", "hunan").status())
                .isEqualTo(201);
        assertThat(units.of(new CongressId("hunan"))).hasSize(1);
        assertThat(units.of(QINGHAI)).isEmpty();
    }

    @Test
    @DisplayName("a use case's conflict is 409 with its reason; an unexpected failure a 500 that tells nothing of it")
    void answersFailuresOfTheUseCase() {
        units.failNextWith(new AlreadyExists("同名的联络站已存在"));
        var conflict = api.postJson("/api/v1/liaison-stations", OFFICER, "{\"name\":\"城东联络站\"}");
        units.failNextWith(new IllegalStateException("SELECT secret FROM somewhere"));
        var failure = api.get("/api/v1/liaison-stations", OFFICER);

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text("detail")).isEqualTo("同名的联络站已存在");
        assertThat(failure.status()).isEqualTo(500);
        assertThat(failure.contentType()).startsWith(PROBLEM);
        assertThat(failure.body()).doesNotContain("SELECT").doesNotContain("IllegalStateException");
    }
}
