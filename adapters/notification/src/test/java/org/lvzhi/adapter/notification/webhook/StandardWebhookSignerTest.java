package org.lvzhi.adapter.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StandardWebhookSignerTest {

    // The test vector published with the Standard Webhooks reference libraries.
    private static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long SPEC_TIMESTAMP = 1_614_265_330L;
    private static final String SPEC_BODY = "{\"test\": 2432232314}";
    private static final String SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    private static final String OLD_SECRET = "whsec_" + "b2xkLXNlY3JldC1mb3ItdGVzdHMtMTIzNDU2";
    private static final String NEW_SECRET = "whsec_" + "bmV3LXNlY3JldC1mb3ItdGVzdHMtNjU0MzIx";
    private static final String BODY = "{\"type\":\"deputy.status-changed\",\"data\":{\"name\":\"张三\"}}";

    private final StandardWebhookSigner signer = signerAt(SPEC_TIMESTAMP);

    private static StandardWebhookSigner signerAt(long epochSecond) {
        return new StandardWebhookSigner(Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }

    private static Map<String, String> headers(String id, long timestamp, String signature) {
        return Map.of("webhook-id", id, "webhook-timestamp", Long.toString(timestamp), "webhook-signature", signature);
    }

    @Test
    @DisplayName("the specification's test vector is reproduced exactly")
    void reproducesSpecVector() {
        assertThat(signer.signature(SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY, List.of(SPEC_SECRET))).isEqualTo(SPEC_SIGNATURE);
    }

    @Test
    @DisplayName("the specification's test vector verifies, and the whsec_ prefix is optional")
    void verifiesSpecVector() {
        Map<String, String> headers = headers(SPEC_ID, SPEC_TIMESTAMP, SPEC_SIGNATURE);

        assertThat(signer.verify(headers, SPEC_BODY, SPEC_SECRET)).isTrue();
        assertThat(signer.verify(headers, SPEC_BODY, SPEC_SECRET.substring("whsec_".length()))).isTrue();
    }

    @Test
    @DisplayName("what is signed verifies with the same secret, header names in any case")
    void roundTrips() {
        String signature = signer.signature("msg-1", SPEC_TIMESTAMP, BODY, List.of(NEW_SECRET));

        assertThat(signer.verify(headers("msg-1", SPEC_TIMESTAMP, signature), BODY, NEW_SECRET)).isTrue();
        assertThat(signer.verify(Map.of("Webhook-Id", "msg-1", "WEBHOOK-TIMESTAMP", Long.toString(SPEC_TIMESTAMP),
                "Webhook-Signature", signature), BODY, NEW_SECRET)).isTrue();
    }

    @Test
    @DisplayName("a tampered body, timestamp or id fails verification")
    void tamperingFails() {
        String signature = signer.signature("msg-1", SPEC_TIMESTAMP, BODY, List.of(NEW_SECRET));

        assertThat(signer.verify(headers("msg-1", SPEC_TIMESTAMP, signature), BODY + " ", NEW_SECRET)).isFalse();
        assertThat(signer.verify(headers("msg-1", SPEC_TIMESTAMP - 1, signature), BODY, NEW_SECRET)).isFalse();
        assertThat(signer.verify(headers("msg-2", SPEC_TIMESTAMP, signature), BODY, NEW_SECRET)).isFalse();
    }

    @Test
    @DisplayName("a signature made with another secret fails verification")
    void otherSecretFails() {
        String signature = signer.signature("msg-1", SPEC_TIMESTAMP, BODY, List.of(OLD_SECRET));

        assertThat(signer.verify(headers("msg-1", SPEC_TIMESTAMP, signature), BODY, NEW_SECRET)).isFalse();
    }

    @Test
    @DisplayName("during rotation the header carries one signature per secret, newest first, and either verifies")
    void rotation() {
        String signature = signer.signature("msg-1", SPEC_TIMESTAMP, BODY, List.of(NEW_SECRET, OLD_SECRET));
        Map<String, String> headers = headers("msg-1", SPEC_TIMESTAMP, signature);

        assertThat(signature.split(" ")).hasSize(2).allSatisfy(entry -> assertThat(entry).startsWith("v1,"));
        assertThat(signature).startsWith(signer.signature("msg-1", SPEC_TIMESTAMP, BODY, List.of(NEW_SECRET)));
        assertThat(signer.verify(headers, BODY, NEW_SECRET)).isTrue();
        assertThat(signer.verify(headers, BODY, OLD_SECRET)).isTrue();
    }

    @Test
    @DisplayName("a timestamp within five minutes verifies; an older or later one does not")
    void timestampTolerance() {
        String signature = signer.signature("msg-1", SPEC_TIMESTAMP, BODY, List.of(NEW_SECRET));
        Map<String, String> headers = headers("msg-1", SPEC_TIMESTAMP, signature);

        assertThat(signerAt(SPEC_TIMESTAMP + 300).verify(headers, BODY, NEW_SECRET)).isTrue();
        assertThat(signerAt(SPEC_TIMESTAMP - 300).verify(headers, BODY, NEW_SECRET)).isTrue();
        assertThat(signerAt(SPEC_TIMESTAMP + 301).verify(headers, BODY, NEW_SECRET)).isFalse();
        assertThat(signerAt(SPEC_TIMESTAMP - 301).verify(headers, BODY, NEW_SECRET)).isFalse();
    }

    @Test
    @DisplayName("missing headers, a non-numeric timestamp, other versions and malformed entries do not verify")
    void malformedHeadersFail() {
        String signature = signer.signature("msg-1", SPEC_TIMESTAMP, BODY, List.of(NEW_SECRET));
        String bare = signature.substring("v1,".length());

        assertThat(signer.verify(Map.of("webhook-id", "msg-1", "webhook-signature", signature), BODY, NEW_SECRET)).isFalse();
        assertThat(signer.verify(Map.of("webhook-id", "msg-1", "webhook-timestamp", "soon",
                "webhook-signature", signature), BODY, NEW_SECRET)).isFalse();
        assertThat(signer.verify(headers("msg-1", SPEC_TIMESTAMP, "v2," + bare), BODY, NEW_SECRET)).isFalse();
        assertThat(signer.verify(headers("msg-1", SPEC_TIMESTAMP, bare), BODY, NEW_SECRET)).isFalse();
        assertThat(signer.verify(headers("msg-1", SPEC_TIMESTAMP, "v1,%%%"), BODY, NEW_SECRET)).isFalse();
    }

    @Test
    @DisplayName("a valid entry among unknown ones still verifies")
    void skipsUnknownEntries() {
        String signature = signer.signature("msg-1", SPEC_TIMESTAMP, BODY, List.of(NEW_SECRET));

        assertThat(signer.verify(headers("msg-1", SPEC_TIMESTAMP, "v1a,abc v1,bm9wZQ== " + signature), BODY, NEW_SECRET))
                .isTrue();
    }

    @Test
    @DisplayName("signing needs at least one secret, each base64")
    void refusesBadSecrets() {
        assertThatThrownBy(() -> signer.signature("msg-1", SPEC_TIMESTAMP, BODY, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> signer.signature("msg-1", SPEC_TIMESTAMP, BODY, List.of("whsec_not base64!")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> signer.signature("msg-1", SPEC_TIMESTAMP, BODY, List.of("whsec_")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
