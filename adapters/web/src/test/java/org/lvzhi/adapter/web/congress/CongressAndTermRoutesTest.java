package org.lvzhi.adapter.web.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.adapter.web.testing.ProblemAssert.assertInvalid;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.web.testing.Api;
import org.lvzhi.adapter.web.testing.Script;
import org.lvzhi.adapter.web.testing.TestTokens;
import org.lvzhi.application.congress.port.in.CongressQueries;
import org.lvzhi.application.congress.port.in.FoundCongressCommand;
import org.lvzhi.application.congress.port.in.FoundCongressUseCase;
import org.lvzhi.application.congress.port.in.OpenTermCommand;
import org.lvzhi.application.congress.port.in.TermUseCases;
import org.lvzhi.application.shared.AlreadyExists;
import org.lvzhi.domain.congress.Congress;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.Level;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.shared.Name;

/** Founding congresses and opening terms over HTTP, the use cases replaced by fakes. */
@MicronautTest
class CongressAndTermRoutesTest {

    private static final CongressId QINGHAI = new CongressId("qinghai");
    private static final String PLATFORM = TestTokens.of("root", List.of("PLATFORM_ADMIN"), List.of());
    private static final String OFFICER = TestTokens.of("officer", List.of("LIAISON_OFFICER"), List.of("qinghai"));
    private static final String DEPUTY = TestTokens.of("zhang", List.of("DEPUTY"), List.of("qinghai"));
    private static final Congress XINING = new Congress(new CongressId("xining"), new Name("西宁市人民代表大会"), Level.CITY, Optional.of(QINGHAI));

    @Inject
    Api api;

    private final Script<FoundCongressUseCase> founding = Script.of(FoundCongressUseCase.class);
    private final Script<CongressQueries> congresses = Script.of(CongressQueries.class);
    private final Script<TermUseCases> terms = Script.of(TermUseCases.class);

    @MockBean(FoundCongressUseCase.class)
    FoundCongressUseCase founding() {
        return founding.port();
    }

    @MockBean(CongressQueries.class)
    CongressQueries congresses() {
        return congresses.port();
    }

    @MockBean(TermUseCases.class)
    TermUseCases terms() {
        return terms.port();
    }

    @Test
    @DisplayName("a founded congress answers 201; its slug, level, parent and first admin reach the use case parsed, the login from the e-mail")
    void foundsCongresses() {
        founding.answer(XINING, "found");

        var founded = api.postJson("/api/v1/congresses", PLATFORM, """
                {"id":"xining","name":"西宁市人民代表大会","level":"CITY","parentId":"qinghai",
                 "firstAdmin":{"name":"李管理","email":"li@xining.example.cn"}}""");

        assertThat(founded.status()).as(founded.body()).isEqualTo(201);
        assertThat(founded.text("parentId")).isEqualTo("qinghai");
        FoundCongressCommand command = founding.argument("found", 0, FoundCongressCommand.class);
        assertThat(command.id()).isEqualTo(new CongressId("xining"));
        assertThat(command.level()).isEqualTo(Level.CITY);
        assertThat(command.parent()).contains(QINGHAI);
        assertThat(command.firstAdmin().orElseThrow().login().value()).isEqualTo("li@xining.example.cn");
    }

    @Test
    @DisplayName("a bad slug, level or parent is a 422 at its field; a first admin's bad fields are 422s under /firstAdmin")
    void refusesABadCongress() {
        assertInvalid(api.postJson("/api/v1/congresses", PLATFORM, "{\"id\":\"Xi Ning\",\"name\":\"西宁\",\"level\":\"CITY\"}"), "/id");
        assertInvalid(api.postJson("/api/v1/congresses", PLATFORM, "{\"id\":\"xining\",\"name\":\"西宁\",\"level\":\"DISTRICT\"}"), "/level");
        assertInvalid(api.postJson("/api/v1/congresses", PLATFORM,
                "{\"id\":\"xining\",\"name\":\"西宁\",\"level\":\"CITY\",\"parentId\":\"青海\"}"), "/parentId");
        assertInvalid(api.postJson("/api/v1/congresses", PLATFORM,
                "{\"id\":\"xining\",\"name\":\"西宁\",\"level\":\"CITY\",\"firstAdmin\":{\"email\":\"not-an-address\"}}"),
                "/firstAdmin/name", "/firstAdmin/email");
        assertInvalid(api.postJson("/api/v1/congresses", PLATFORM,
                "{\"id\":\"xining\",\"name\":\"西宁\",\"level\":\"CITY\",\"firstAdmin\":{\"name\":\"李\",\"email\":\"li@x.cn\",\"login\":\"li li\"}}"),
                "/firstAdmin/login");
        assertThat(founding.called("found")).isFalse();
    }

    @Test
    @DisplayName("a congress without a name is a 422 at /name like every other missing field, not a 400")
    void refusesAMissingName() {
        assertInvalid(api.postJson("/api/v1/congresses", PLATFORM, "{\"id\":\"xining\",\"level\":\"CITY\"}"), "/name");
        assertThat(founding.called("found")).isFalse();
    }

    @Test
    @DisplayName("a slug taken already is a 409 with the use case's reason")
    void answersATakenSlug() {
        founding.failNextWith(new AlreadyExists("代号 xining 已被使用"));

        var conflict = api.postJson("/api/v1/congresses", PLATFORM, "{\"id\":\"xining\",\"name\":\"西宁\",\"level\":\"CITY\"}");

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text("detail")).isEqualTo("代号 xining 已被使用");
    }

    @Test
    @DisplayName("the current congress is the one the token acts in")
    void showsTheCurrentCongress() {
        congresses.answer(XINING, "show");

        var current = api.get("/api/v1/congresses/current", DEPUTY);

        assertThat(current.text("name")).isEqualTo("西宁市人民代表大会");
        assertThat(congresses.argument("show", 0, CongressId.class)).isEqualTo(QINGHAI);
    }

    @Test
    @DisplayName("an opened term answers 201 in the token's congress; missing dates are 422s at their fields")
    void opensTerms() {
        Term fourteenth = new Term(TermId.random(), 14, LocalDate.of(2023, 1, 1), LocalDate.of(2027, 12, 31));
        terms.answer(fourteenth, "open");

        var opened = api.postJson("/api/v1/terms", OFFICER, "{\"number\":14,\"startsOn\":\"2023-01-01\",\"endsOn\":\"2027-12-31\"}");

        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(opened.text("id")).isEqualTo(fourteenth.id().toString());
        assertThat(terms.argument("open", 0, CongressId.class)).isEqualTo(QINGHAI);
        assertThat(terms.argument("open", 1, OpenTermCommand.class))
                .isEqualTo(new OpenTermCommand(14, LocalDate.of(2023, 1, 1), LocalDate.of(2027, 12, 31)));
        assertInvalid(api.postJson("/api/v1/terms", OFFICER, "{\"number\":15}"), "/startsOn");
    }

    @Test
    @DisplayName("the terms are a page of the congress's terms, with the envelope and its Link")
    void pagesTerms() {
        terms.answer(IntStream.rangeClosed(10, 14)
                .mapToObj(n -> new Term(TermId.random(), n, LocalDate.of(1983 + 5 * (n - 10), 1, 1), LocalDate.of(1987 + 5 * (n - 10), 12, 31)))
                .toList(), "list");

        var second = api.get("/api/v1/terms?page=1&size=2", DEPUTY);

        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.node().get("items").get(0).get("number").getIntValue()).isEqualTo(12);
        assertThat(second.text("total")).isEqualTo("5");
        assertThat(second.header("Link")).contains("page=2").contains("size=2");
        assertThat(terms.argument("list", 0, CongressId.class)).isEqualTo(QINGHAI);
    }
}
