package org.lvzhi.adapter.web.deputy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.adapter.web.testing.ProblemAssert.assertInvalid;
import static org.lvzhi.adapter.web.testing.ProblemAssert.assertProblem;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.web.testing.Api;
import org.lvzhi.adapter.web.testing.Script;
import org.lvzhi.adapter.web.testing.TestTokens;
import org.lvzhi.application.deputy.port.out.DeputySearch;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.deputy.port.in.ChangeDeputyStatusCommand;
import org.lvzhi.application.deputy.port.in.DeputyQueries;
import org.lvzhi.application.deputy.port.in.DeputyRegisterUseCase;
import org.lvzhi.application.deputy.port.in.RegisterDeputyCommand;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.Constituency;
import org.lvzhi.domain.deputy.ContactDetails;
import org.lvzhi.domain.deputy.Deputy;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.DeputyStatus;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.deputy.Person;
import org.lvzhi.domain.deputy.PersonId;
import org.lvzhi.domain.deputy.Seat;
import org.lvzhi.domain.deputy.StatusChange;
import org.lvzhi.domain.shared.Name;

/** The register of deputies over HTTP, its use cases replaced by fakes: what the web adapter alone decides. */
@MicronautTest
class DeputyRoutesTest {

    private static final CongressId QINGHAI = new CongressId("qinghai");
    private static final String OFFICER = TestTokens.of("officer", List.of("LIAISON_OFFICER"), List.of("qinghai"));
    private static final String DEPUTY = TestTokens.of("zhang", List.of("DEPUTY"), List.of("qinghai"));
    private static final TermId TERM = TermId.random();
    private static final String UNKNOWN = "0d6f2b7e-4a7e-4b8e-9a51-7f0e1c0c9a11";

    @Inject
    Api api;

    private final Script<DeputyQueries> queries = Script.of(DeputyQueries.class);
    private final Script<DeputyRegisterUseCase> register = Script.of(DeputyRegisterUseCase.class);

    @MockBean(DeputyQueries.class)
    DeputyQueries queries() {
        return queries.port();
    }

    @MockBean(DeputyRegisterUseCase.class)
    DeputyRegisterUseCase register() {
        return register.port();
    }

    @Test
    @DisplayName("a registered deputy answers 201 with its seat; the form reaches the use case parsed, in the token's congress")
    void registers() {
        register.answer(deputy("张三"), "register");

        var created = api.postJson("/api/v1/deputies", OFFICER, """
                {"name":"张三","login":"zhangsan","termId":"%s","constituency":"DISTRICT","constituencyName":"城东选区",
                 "grassroots":true,"contact":{"phone":"0971-1234567","email":"zhang@example.cn"}}""".formatted(TERM));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.text("name")).isEqualTo("张三");
        assertThat(created.text("status")).isEqualTo("ACTIVE");
        assertThat(created.node().get("contact").get("email").getStringValue()).isEqualTo("zhang@example.cn");
        assertThat(register.argument("register", 0, CongressId.class)).isEqualTo(QINGHAI);
        RegisterDeputyCommand command = register.argument("register", 1, RegisterDeputyCommand.class);
        assertThat(command.name().value()).isEqualTo("张三");
        assertThat(command.login()).contains(new Login("zhangsan"));
        assertThat(command.term()).isEqualTo(TERM);
        assertThat(command.seat().constituency()).isEqualTo(Constituency.DISTRICT);
        assertThat(command.seat().grassroots()).isTrue();
        assertThat(command.contact().phone()).contains("0971-1234567");
    }

    @Test
    @DisplayName("a form with several bad fields is one 422 naming each by its pointer, nested ones included; nothing is registered")
    void refusesABadForm() {
        var refused = api.postJson("/api/v1/deputies", OFFICER, """
                {"termId":"not-a-uuid","constituency":"SOMEWHERE","contact":{"email":"no-at-sign"}}""");

        assertInvalid(refused, "/name", "/termId", "/constituency", "/contact/email");
        assertThat(register.called("register")).isFalse();
    }

    @Test
    @DisplayName("an update goes to the deputy of the path in the token's congress; a malformed id is a 422 at /id")
    void updates() {
        register.answer(deputy("张三丰"), "update");
        String id = DeputyId.random().toString();

        var updated = api.putJson("/api/v1/deputies/" + id, OFFICER, "{\"name\":\"张三丰\",\"constituency\":\"ELECTING_UNIT\"}");
        var malformed = api.putJson("/api/v1/deputies/42", OFFICER, "{\"name\":\"张三丰\",\"constituency\":\"ELECTING_UNIT\"}");

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.text("name")).isEqualTo("张三丰");
        assertThat(register.argument("update", 0, CongressId.class)).isEqualTo(QINGHAI);
        assertThat(register.argument("update", 1, DeputyId.class).toString()).isEqualTo(id);
        assertInvalid(malformed, "/id");
    }

    @Test
    @DisplayName("the search's parameters reach the use case parsed; a bad status or id is a 422 at its parameter")
    void searches() {
        queries.answer(new Slice<>(List.of(deputy("李四")), 20, Optional.empty()), "search");
        String group = UNKNOWN;

        var found = api.get("/api/v1/deputies?q=李&status=SUSPENDED&deputyGroupId=" + group + "&grassroots=true", OFFICER);
        var badStatus = api.get("/api/v1/deputies?status=ASLEEP", OFFICER);
        var badTerm = api.get("/api/v1/deputies?termId=x", OFFICER);

        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.node().get("items").get(0).get("name").getStringValue()).isEqualTo("李四");
        DeputySearch search = queries.argument("search", 1, DeputySearch.class);
        assertThat(search.name()).contains("李");
        assertThat(search.status()).contains(DeputyStatus.SUSPENDED);
        assertThat(search.deputyGroup().map(Object::toString)).contains(group);
        assertThat(search.grassroots()).contains(true);
        assertThat(search.military()).isEmpty();
        assertThat(queries.argument("search", 0, ActingCaller.class).congress()).isEqualTo(QINGHAI);
        assertInvalid(badStatus, "/status");
        assertInvalid(badTerm, "/termId");
    }

    @Test
    @DisplayName("a keyset page of the register is {items,page,size,total,next}: the total when asked, a Link after the page's cursor that keeps the filters")
    void pages() {
        queries.answer(new Slice<>(List.of(deputy("甲"), deputy("乙")), 2, Optional.of("bmV4dA"), Optional.of(5L)), "search");

        var second = api.get("/api/v1/deputies?q=%E7%94%B2&after=Y3Vyc29y&size=2&total=true", OFFICER);

        assertThat(second.status()).isEqualTo(200);
        assertThat(queries.argument("search", 2, KeysetRequest.class)).isEqualTo(new KeysetRequest(Optional.of("Y3Vyc29y"), 2, true));
        assertThat(second.node().get("items").size()).isEqualTo(2);
        assertThat(second.node().get("page").isNull()).isTrue();
        assertThat(second.text("size")).isEqualTo("2");
        assertThat(second.text("total")).isEqualTo("5");
        assertThat(second.text("next")).contains("after=bmV4dA").contains("size=2").contains("q=").contains("total=true");
        assertThat(second.header("Link")).isEqualTo("<" + second.text("next") + ">; rel=\"next\"");
    }

    @Test
    @DisplayName("the last page has next null and no Link header")
    void lastPage() {
        queries.answer(new Slice<>(List.of(deputy("甲")), 2, Optional.empty()), "search");

        var last = api.get("/api/v1/deputies?after=Y3Vyc29y&size=2", OFFICER);

        assertThat(last.status()).isEqualTo(200);
        assertThat(last.node().get("next").isNull()).isTrue();
        assertThat(last.header("Link")).isNull();
    }

    @Test
    @DisplayName("an unknown deputy is a 404 problem; a deputy the caller may not read a 403 with the use case's reason")
    void answersWhatTheUseCaseRefuses() {
        queries.failNextWith(new NotFound("deputy", UNKNOWN));
        var missing = api.get("/api/v1/deputies/" + UNKNOWN, DEPUTY);
        queries.failNextWith(new AccessDenied("代表只能查看本人的履职档案"));
        var denied = api.get("/api/v1/deputies/" + UNKNOWN, DEPUTY);

        assertProblem(missing, 404);
        assertThat(missing.body()).doesNotContain(UNKNOWN);
        assertProblem(denied, 403);
        assertThat(denied.text("detail")).isEqualTo("代表只能查看本人的履职档案");
    }

    @Test
    @DisplayName("a deputy reads their own seat at /me, asked for as the caller of the token")
    void readsOwnSeat() {
        queries.answer(deputy("张三"), "own");

        var own = api.get("/api/v1/deputies/me", DEPUTY);

        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.text("name")).isEqualTo("张三");
        ActingCaller caller = queries.argument("own", 0, ActingCaller.class);
        assertThat(caller.subject()).isEqualTo("zhang");
        assertThat(caller.congress()).isEqualTo(QINGHAI);
    }

    @Test
    @DisplayName("a status change reaches the use case parsed; a resignation without its acceptance is a 422 at both fields")
    void changesStatus() {
        register.answer(deputy("张三"), "changeStatus");
        String id = DeputyId.random().toString();

        var suspended = api.postJson("/api/v1/deputies/" + id + "/status", OFFICER, "{\"status\":\"SUSPENDED\",\"reason\":\"涉嫌违法\"}");
        var resignation = api.postJson("/api/v1/deputies/" + id + "/status", OFFICER, "{\"status\":\"RESIGNED\",\"reason\":\"辞职\"}");
        var unknownStatus = api.postJson("/api/v1/deputies/" + id + "/status", OFFICER, "{\"status\":\"GONE\",\"reason\":\"\"}");

        assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
        ChangeDeputyStatusCommand command = register.argument("changeStatus", 2, ChangeDeputyStatusCommand.class);
        assertThat(command.status()).isEqualTo(DeputyStatus.SUSPENDED);
        assertThat(command.reason()).isEqualTo("涉嫌违法");
        assertInvalid(resignation, "/documentReference", "/acceptedOn");
        assertInvalid(unknownStatus, "/status", "/reason");
    }

    @Test
    @DisplayName("a deputy's status history is a page of its changes with the acceptance of a resignation")
    void pagesStatusHistory() {
        DeputyId id = DeputyId.random();
        List<StatusChange> changes = IntStream.range(0, 3).mapToObj(i -> new StatusChange(id, DeputyStatus.ACTIVE,
                DeputyStatus.SUSPENDED, "第" + i + "次", Instant.parse("2026-01-0" + (i + 1) + "T08:00:00Z"), "officer")).toList();
        queries.answer(changes, "statusChanges");

        var first = api.get("/api/v1/deputies/" + id + "/status-changes?size=2", OFFICER);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.node().get("items").size()).isEqualTo(2);
        assertThat(first.node().get("items").get(0).get("reason").getStringValue()).isEqualTo("第0次");
        assertThat(first.text("total")).isEqualTo("3");
        assertThat(first.header("Link")).contains("page=1");
        assertThat(queries.argument("statusChanges", 1, DeputyId.class)).isEqualTo(id);
    }

    private static DeputyView deputy(String name) {
        Seat seat = new Seat(Constituency.DISTRICT, Optional.of("城东选区"), Optional.empty(), Optional.empty(), Optional.empty(), true, false);
        ContactDetails contact = new ContactDetails(Optional.empty(), Optional.of("zhang@example.cn"), Optional.empty());
        PersonId person = PersonId.random();
        return new DeputyView(new Deputy(DeputyId.random(), person, TERM, seat, contact, DeputyStatus.ACTIVE),
                new Person(person, new Name(name), Optional.empty()));
    }
}
