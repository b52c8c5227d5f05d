package org.lvzhi.adapter.web.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.adapter.web.testing.ProblemAssert.assertInvalid;
import static org.lvzhi.adapter.web.testing.ProblemAssert.assertProblem;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.web.testing.Api;
import org.lvzhi.adapter.web.testing.FixedClock;
import org.lvzhi.adapter.web.testing.Script;
import org.lvzhi.adapter.web.testing.TestTokens;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.notification.port.out.Channel;
import org.lvzhi.application.notification.port.out.DeadLetter;
import org.lvzhi.application.notification.port.out.InboxEntry;
import org.lvzhi.application.notification.port.out.Mute;
import org.lvzhi.application.notification.port.in.InboxUseCases;
import org.lvzhi.application.notification.port.in.PreferenceUseCases;
import org.lvzhi.application.notification.port.in.WebhookAdministration;
import org.lvzhi.application.notification.port.out.WebhookEndpointPort.WebhookEndpoint;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.shared.InvariantViolation;

/** The inbox, notification preferences and webhook administration over HTTP, the use cases replaced by fakes. */
@MicronautTest
class NotificationRoutesTest {

    private static final String DEPUTY = TestTokens.of("zhang", List.of("DEPUTY"), List.of("qinghai", "haidong"));
    private static final String ADMIN = TestTokens.of("admin", List.of("TENANT_ADMIN"), List.of("qinghai"));
    private static final InboxEntry ENTRY = new InboxEntry(UUID.randomUUID(), "suggestion.assigned", "建议已交办", "您的建议已交由水利厅办理。",
            FixedClock.NOW, Optional.empty());
    private static final WebhookEndpoint ENDPOINT = new WebhookEndpoint(UUID.randomUUID(), "https://oa.example.cn/hooks",
            List.of("suggestion.assigned"), List.of("whsec_new", "whsec_old"), true);

    @Inject
    Api api;

    private final Script<InboxUseCases> inbox = Script.of(InboxUseCases.class);
    private final Script<PreferenceUseCases> preferences = Script.of(PreferenceUseCases.class);
    private final Script<WebhookAdministration> webhooks = Script.of(WebhookAdministration.class);

    @MockBean(InboxUseCases.class)
    InboxUseCases inbox() {
        return inbox.port();
    }

    @MockBean(PreferenceUseCases.class)
    PreferenceUseCases preferences() {
        return preferences.port();
    }

    @MockBean(WebhookAdministration.class)
    WebhookAdministration webhooks() {
        return webhooks.port();
    }

    @Test
    @DisplayName("the inbox is a keyset page: no page or total, next carries after=<cursor> and the size, and so does the Link")
    void pagesTheInboxByKeyset() {
        inbox.answer(new Slice<>(List.of(ENTRY), 1, Optional.of("Y3Vyc29y")), "list");

        var first = api.get("/api/v1/inbox?size=1", DEPUTY, "X-Congress", "haidong");

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.node().get("items").get(0).get("subject").getStringValue()).isEqualTo("建议已交办");
        assertThat(first.node().get("page").isNull()).isTrue();
        assertThat(first.node().get("total").isNull()).isTrue();
        assertThat(first.text("next")).contains("after=Y3Vyc29y").contains("size=1");
        assertThat(first.header("Link")).isEqualTo("<" + first.text("next") + ">; rel=\"next\"");
        assertThat(inbox.argument("list", 0, ActingCaller.class).congress()).isEqualTo(new CongressId("haidong"));
        assertThat(inbox.argument("list", 1, KeysetRequest.class)).isEqualTo(new KeysetRequest(Optional.empty(), 1));
    }

    @Test
    @DisplayName("the next inbox page is asked after the cursor given; the last has next null and no Link; a size over 200 is a 422 at /size")
    void followsTheCursor() {
        inbox.answer(new Slice<>(List.of(ENTRY), 20, Optional.empty()), "list");

        var last = api.get("/api/v1/inbox?after=Y3Vyc29y", DEPUTY, "X-Congress", "qinghai");

        assertThat(last.status()).as(last.body()).isEqualTo(200);
        assertThat(inbox.argument("list", 1, KeysetRequest.class).after()).contains("Y3Vyc29y");
        assertThat(last.node().get("next").isNull()).isTrue();
        assertThat(last.header("Link")).isNull();
        assertInvalid(api.get("/api/v1/inbox?size=201", DEPUTY, "X-Congress", "qinghai"), "/size");
        inbox.failNextWith(new InvariantViolation("after", "游标无效"));
        assertInvalid(api.get("/api/v1/inbox?after=forged", DEPUTY, "X-Congress", "qinghai"), "/after");
    }

    @Test
    @DisplayName("a token of two congresses that picks none is refused before the inbox is read")
    void needsTheCongressPicked() {
        var refused = api.get("/api/v1/inbox", DEPUTY);

        assertProblem(refused, 403);
        assertThat(inbox.called("list")).isFalse();
    }

    @Test
    @DisplayName("the unread count is {unread}; reading a message answers 204 and names it; a malformed id is a 422 at /id")
    void countsAndMarksRead() {
        inbox.answer(3L, "unread");

        var unread = api.get("/api/v1/inbox/unread-count", DEPUTY, "X-Congress", "qinghai");
        var read = api.postJson("/api/v1/inbox/" + ENTRY.id() + "/read", DEPUTY, "", "X-Congress", "qinghai");

        assertThat(unread.text("unread")).isEqualTo("3");
        assertThat(read.status()).as(read.body()).isEqualTo(204);
        assertThat(inbox.argument("markRead", 1, UUID.class)).isEqualTo(ENTRY.id());
        assertInvalid(api.postJson("/api/v1/inbox/42/read", DEPUTY, "", "X-Congress", "qinghai"), "/id");
    }

    @Test
    @DisplayName("muting and unmuting answer 204 and pass the event and channel on; the mutes are a page")
    void mutes() {
        preferences.answer(List.of(new Mute("suggestion.assigned", Channel.EMAIL)), "mutes");

        var muted = api.postJson("/api/v1/notification-preferences/mutes", DEPUTY, "{\"event\":\"suggestion.assigned\",\"channel\":\"EMAIL\"}",
                "X-Congress", "qinghai");
        assertThat(muted.status()).as(muted.body()).isEqualTo(204);
        assertThat(preferences.argument("mute", 1, String.class)).isEqualTo("suggestion.assigned");
        assertThat(preferences.argument("mute", 2, String.class)).isEqualTo("EMAIL");

        var unmuted = api.send("DELETE", "/api/v1/notification-preferences/mutes", DEPUTY,
                "{\"event\":\"suggestion.assigned\",\"channel\":\"INBOX\"}", "X-Congress", "qinghai");
        assertThat(unmuted.status()).as(unmuted.body()).isEqualTo(204);
        assertThat(preferences.argument("unmute", 2, String.class)).isEqualTo("INBOX");

        var listed = api.get("/api/v1/notification-preferences/mutes", DEPUTY, "X-Congress", "qinghai");
        assertThat(listed.node().get("items").get(0).get("channel").getStringValue()).isEqualTo("EMAIL");
        assertThat(listed.text("total")).isEqualTo("1");
    }

    @Test
    @DisplayName("a registered endpoint answers 201 showing its secrets once; the list of endpoints never shows them")
    void registersEndpoints() {
        webhooks.answer(ENDPOINT, "register").answer(List.of(ENDPOINT), "endpoints");

        var registered = api.postJson("/api/v1/webhooks/endpoints", ADMIN,
                "{\"url\":\"https://oa.example.cn/hooks\",\"eventTypes\":[\"suggestion.assigned\"]}");
        var listed = api.get("/api/v1/webhooks/endpoints", ADMIN);

        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.node().get("secrets").size()).isEqualTo(2);
        assertThat(webhooks.argument("register", 1, String.class)).isEqualTo("https://oa.example.cn/hooks");
        assertThat(webhooks.argument("register", 2, List.class)).containsExactly("suggestion.assigned");
        assertThat(listed.node().get("items").get(0).get("secrets").isNull()).isTrue();
        assertThat(listed.body()).doesNotContain("whsec_");
    }

    @Test
    @DisplayName("rotating shows the new secrets; retiring the old ones does not; an unknown endpoint is a 404, a malformed one a 422")
    void rotatesSecrets() {
        webhooks.answer(ENDPOINT, "rotateSecret", "retireOldSecrets");

        var rotated = api.postJson("/api/v1/webhooks/endpoints/" + ENDPOINT.id() + "/rotate-secret", ADMIN, "");
        var retired = api.postJson("/api/v1/webhooks/endpoints/" + ENDPOINT.id() + "/retire-old-secrets", ADMIN, "");

        assertThat(rotated.node().get("secrets").get(0).getStringValue()).isEqualTo("whsec_new");
        assertThat(retired.node().get("secrets").isNull()).isTrue();
        webhooks.failNextWith(new NotFound("webhook endpoint", ENDPOINT.id()));
        assertProblem(api.postJson("/api/v1/webhooks/endpoints/" + ENDPOINT.id() + "/enable", ADMIN, ""), 404);
        assertInvalid(api.postJson("/api/v1/webhooks/endpoints/x/enable", ADMIN, ""), "/id");
    }

    @Test
    @DisplayName("dead letters are a keyset page; a replay is accepted (202) for the message named")
    void replaysDeadLetters() {
        DeadLetter letter = new DeadLetter(UUID.randomUUID(), Channel.WEBHOOK, "https://oa.example.cn/hooks", "suggestion.assigned",
                FixedClock.NOW, 8, "HTTP 503");
        webhooks.answer(new Slice<>(List.of(letter), 1, Optional.of("bmV4dA")), "deadLetters");

        var letters = api.get("/api/v1/webhooks/dead-letters?size=1", ADMIN);
        var replayed = api.postJson("/api/v1/webhooks/dead-letters/" + letter.id() + "/replay", ADMIN, "");

        assertThat(letters.node().get("items").get(0).get("lastError").getStringValue()).isEqualTo("HTTP 503");
        assertThat(letters.header("Link")).contains("after=bmV4dA");
        assertThat(replayed.status()).as(replayed.body()).isEqualTo(202);
        assertThat(webhooks.argument("replay", 1, UUID.class)).isEqualTo(letter.id());
    }
}
