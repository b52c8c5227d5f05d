package org.lvzhi.adapter.web.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.adapter.web.testing.ProblemAssert.assertInvalid;
import static org.lvzhi.adapter.web.testing.ProblemAssert.assertProblem;

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
import org.lvzhi.application.congress.port.in.TermUseCases;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.TermId;

/**
 * What the web adapter's own filters decide before any route: text that breaks the TextRule anywhere in the input,
 * cross-site posts carrying a session cookie, and the request id every answer carries.
 */
@MicronautTest
class EdgeFiltersTest {

    private static final String OFFICER = TestTokens.of("officer", List.of("LIAISON_OFFICER"), List.of("qinghai"));
    private static final String TERM = "{\"number\":14,\"startsOn\":\"2023-01-01\",\"endsOn\":\"2027-12-31\"}";

    @Inject
    Api api;

    private final Script<TermUseCases> terms = Script.of(TermUseCases.class);

    @MockBean(TermUseCases.class)
    TermUseCases terms() {
        return terms.port();
    }

    @Test
    @DisplayName("a control character in any string of the body is a 422 at its JSON Pointer, nested and in lists; the route is not reached")
    void refusesControlCharactersInTheBody() {
        var refused = api.postJson("/api/v1/terms", OFFICER,
                "{\"number\":14,\"note\":{\"lines\":[\"ok\",\"bad\\u0000\"]},\"title\":\"\\u0007\"}");

        assertInvalid(refused, "/note/lines/1", "/title");
        assertThat(terms.called("open")).isFalse();
    }

    @Test
    @DisplayName("a query parameter over 200 characters or with a control character is a 422 at the parameter")
    void refusesBadQueryParameters() {
        var tooLong = api.get("/api/v1/terms?q=" + "长".repeat(201).replace("长", "%E9%95%BF"), OFFICER);
        var control = api.get("/api/v1/terms?q=a%00b", OFFICER);

        assertInvalid(tooLong, "/q");
        assertInvalid(control, "/q");
        assertThat(terms.called("list")).isFalse();
    }

    @Test
    @DisplayName("an anonymous caller's bad text is refused as anonymous (401), telling nothing of the input's rules")
    void refusesAnonymousCallersFirst() {
        var anonymous = api.postJson("/api/v1/terms", null, "{\"title\":\"\\u0000\"}");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("/title");
    }

    @Test
    @DisplayName("a post with the session cookie from another site's page, or naming no origin, is a 403 problem before it is read")
    void refusesCrossSitePosts() {
        var otherSite = api.postJson("/api/v1/terms", null, TERM, "Cookie", "LVZHI_SESSION=abc", "Origin", "http://localhost:1");
        var noOrigin = api.postJson("/api/v1/terms", null, TERM, "Cookie", "LVZHI_SESSION=abc");

        assertProblem(otherSite, 403);
        assertThat(otherSite.text("detail")).containsPattern("\\p{IsHan}");
        assertProblem(noOrigin, 403);
        assertThat(terms.called("open")).isFalse();
    }

    @Test
    @DisplayName("the platform's own origin passes the check; an API client's bearer request is never taken for a cross-site one")
    void letsOwnOriginsAndApiClientsThrough() {
        terms.answer(new Term(TermId.random(), 14, LocalDate.of(2023, 1, 1), LocalDate.of(2027, 12, 31)), "open");

        var ownOrigin = api.postJson("/api/v1/terms", null, TERM, "Cookie", "LVZHI_SESSION=abc", "Origin", "http://localhost:8080");
        var apiClient = api.postJson("/api/v1/terms", OFFICER, TERM, "Cookie", "LVZHI_SESSION=abc", "Origin", "http://localhost:1");

        assertThat(ownOrigin.status()).as("past the check, the cookie is no token here: not signed in").isEqualTo(401);
        assertThat(apiClient.status()).as(apiClient.body()).isEqualTo(201);
    }

    @Test
    @DisplayName("every answer carries the caller's X-Request-Id when it is a sensible token, a new id otherwise, a refusal included")
    void carriesTheRequestId() {
        terms.answer(List.of(), "list");

        var kept = api.get("/api/v1/terms", OFFICER, "X-Request-Id", "trace-42.a_b");
        var replaced = api.get("/api/v1/terms", OFFICER, "X-Request-Id", "<script>");
        var refused = api.get("/api/v1/terms", null, "X-Request-Id", "trace-43");

        assertThat(kept.header("X-Request-Id")).isEqualTo("trace-42.a_b");
        assertThat(replaced.header("X-Request-Id")).matches("[0-9a-f-]{36}");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("X-Request-Id")).isEqualTo("trace-43");
    }
}
