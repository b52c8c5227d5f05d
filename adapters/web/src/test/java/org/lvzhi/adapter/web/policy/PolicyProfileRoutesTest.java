package org.lvzhi.adapter.web.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.adapter.web.testing.ProblemAssert.assertProblem;

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
import org.lvzhi.adapter.web.testing.FixedClock;
import org.lvzhi.adapter.web.testing.Script;
import org.lvzhi.adapter.web.testing.TestTokens;
import org.lvzhi.application.policy.port.in.InvalidProfile;
import org.lvzhi.application.policy.port.out.StaleProfileVersion;
import org.lvzhi.application.policy.port.in.EditPolicyProfileUseCase;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.domain.policy.PolicyProfile;
import org.lvzhi.domain.policy.ProfileProblem;
import org.lvzhi.domain.policy.ProfileVersion;

/** The congress's policy profile over HTTP: versions, YAML documents and edits guarded by If-Match, the use cases replaced by fakes. */
@MicronautTest
class PolicyProfileRoutesTest {

    private static final String ADMIN = TestTokens.of("admin", List.of("TENANT_ADMIN"), List.of("qinghai"));
    private static final String YAML = "application/yaml";
    private static final String DOCUMENT = "profile: qinghai\ntitle: 青海省代表履职规定\ninherits: baseline\neffectiveFrom: 2026-01-01\n";

    @Inject
    Api api;

    private final Script<PolicyProfileQueries> queries = Script.of(PolicyProfileQueries.class);
    private final Script<EditPolicyProfileUseCase> editing = Script.of(EditPolicyProfileUseCase.class);

    @MockBean(PolicyProfileQueries.class)
    PolicyProfileQueries queries() {
        return queries.port();
    }

    @MockBean(EditPolicyProfileUseCase.class)
    EditPolicyProfileUseCase editing() {
        return editing.port();
    }

    @Test
    @DisplayName("a saved profile answers 201 with its version as ETag; the YAML and the If-Match version reach the use case")
    void saves() {
        editing.answer(version(4), "save");

        var saved = api.put("/api/v1/policy-profile", ADMIN, YAML, DOCUMENT, "If-Match", "\"3\"");

        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        assertThat(saved.header("ETag")).isEqualTo("\"4\"");
        assertThat(saved.text("version")).isEqualTo("4");
        assertThat(saved.text("profile")).isEqualTo("qinghai");
        assertThat(editing.argument("save", 1, String.class)).isEqualTo(DOCUMENT);
        assertThat(editing.argument("save", 2, Optional.class)).contains(3);
    }

    @Test
    @DisplayName("a weak If-Match counts as its version; one that names no version is passed on as none that can match (-1)")
    void readsIfMatch() {
        editing.answer(version(6), "save");

        api.put("/api/v1/policy-profile", ADMIN, YAML, DOCUMENT, "If-Match", "W/\"5\"");
        assertThat(editing.argument("save", 2, Optional.class)).contains(5);
        api.put("/api/v1/policy-profile", ADMIN, YAML, DOCUMENT, "If-Match", "latest");
        assertThat(editing.argument("save", 2, Optional.class)).contains(-1);
        api.put("/api/v1/policy-profile", ADMIN, YAML, DOCUMENT);
        assertThat(editing.argument("save", 2, Optional.class)).isEmpty();
    }

    @Test
    @DisplayName("an edit without If-Match is 428, one on an older version 412; both carry the latest version as ETag")
    void refusesStaleEdits() {
        editing.failNextWith(new StaleProfileVersion(7, Optional.empty(), "请先读取最新版本（第 7 版）再修改"));
        var unconditional = api.put("/api/v1/policy-profile", ADMIN, YAML, DOCUMENT);
        editing.failNextWith(new StaleProfileVersion(7, Optional.of(5), "规则已被他人修改（最新为第 7 版）"));
        var stale = api.put("/api/v1/policy-profile", ADMIN, YAML, DOCUMENT, "If-Match", "\"5\"");

        assertProblem(unconditional, 428);
        assertThat(unconditional.header("ETag")).isEqualTo("\"7\"");
        assertThat(unconditional.text("detail")).isEqualTo("请先读取最新版本（第 7 版）再修改");
        assertProblem(stale, 412);
        assertThat(stale.header("ETag")).isEqualTo("\"7\"");
    }

    @Test
    @DisplayName("a profile that fails its checks is a 422 naming each problem by its pointer into the document")
    void refusesAnInvalidProfile() {
        editing.failNextWith(new InvalidProfile(List.of(new ProfileProblem("/rules/0/article", "缺少所依据的条款"),
                new ProfileProblem("/effectiveFrom", "日期格式不正确"))));

        var refused = api.put("/api/v1/policy-profile", ADMIN, "text/yaml", DOCUMENT, "If-Match", "\"3\"");

        assertProblem(refused, 422);
        assertThat(refused.pointers()).containsExactly("/rules/0/article", "/effectiveFrom");
        assertThat(refused.message("/rules/0/article")).isEqualTo("缺少所依据的条款");
    }

    @Test
    @DisplayName("a profile in a media type the route does not read is 415, and nothing is saved")
    void refusesOtherMediaTypes() {
        var xml = api.put("/api/v1/policy-profile", ADMIN, "application/xml", "<profile/>", "If-Match", "\"3\"");

        assertThat(xml.status()).as(xml.body()).isEqualTo(415);
        assertThat(editing.called("save")).isFalse();
    }

    @Test
    @DisplayName("validating answers {valid, problems} without saving")
    void validates() {
        editing.answer(List.of(new ProfileProblem("/rules/2/minimum", "最低次数须为正数")), "validate");

        var report = api.post("/api/v1/policy-profile/validate", ADMIN, YAML, DOCUMENT);

        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.text("valid")).isEqualTo("false");
        assertThat(report.node().get("problems").get(0).get("path").getStringValue()).isEqualTo("/rules/2/minimum");
        assertThat(editing.argument("validate", 1, String.class)).isEqualTo(DOCUMENT);
        assertThat(editing.called("save")).isFalse();
    }

    @Test
    @DisplayName("the versions are a page; a version's document is YAML with its version as ETag")
    void readsVersions() {
        queries.answer(IntStream.rangeClosed(1, 3).mapToObj(PolicyProfileRoutesTest::version).toList(), "versions")
                .answer(DOCUMENT, "document");

        var first = api.get("/api/v1/policy-profile/versions?size=2", ADMIN);
        var document = api.get("/api/v1/policy-profile/versions/2", ADMIN);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.node().get("items").size()).isEqualTo(2);
        assertThat(first.text("total")).isEqualTo("3");
        assertThat(first.header("Link")).contains("page=1");
        assertThat(document.status()).as(document.body()).isEqualTo(200);
        assertThat(document.contentType()).startsWith(YAML);
        assertThat(document.body()).isEqualTo(DOCUMENT);
        assertThat(document.header("ETag")).isEqualTo("\"2\"");
        assertThat(queries.argument("document", 1, Integer.class)).isEqualTo(2);
    }

    private static ProfileVersion version(int number) {
        return new ProfileVersion(number, new PolicyProfile("qinghai", "青海省代表履职规定", Optional.empty(), Optional.of("baseline"),
                LocalDate.of(2026, 1, 1), Optional.empty(), List.of(), List.of(), List.of(), Optional.empty(), List.of()),
                FixedClock.NOW, "admin");
    }
}
