package org.lvzhi.adapter.notification.webhook;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook requests as the Standard Webhooks specification says (https://www.standardwebhooks.com): the
 * signed content is {@code <webhook-id>.<webhook-timestamp>.<body>}, the signature base64(HMAC-SHA256) keyed
 * with the secret's decoded bytes, and the {@code webhook-signature} header lists {@code v1,<signature>}
 * once per secret. An endpoint whose secret is being rotated has several secrets (newest first); signing with
 * all of them lets receivers holding either the old or the new one verify.
 */
@Singleton
public class StandardWebhookSigner {

    public static final String ID = "webhook-id";
    public static final String TIMESTAMP = "webhook-timestamp";
    public static final String SIGNATURE = "webhook-signature";

    /** How far a request's timestamp may be from now before it is taken for a replay. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private static final String SECRET_PREFIX = "whsec_";
    private static final String VERSION = "v1";
    private static final String ALGORITHM = "HmacSHA256";

    private final Clock clock;

    public StandardWebhookSigner(Clock clock) {
        this.clock = clock;
    }

    /**
     * The {@code webhook-signature} header value: one {@code v1,<signature>} per secret, space-separated, in
     * the order given. Throws {@link IllegalArgumentException} for no secret or one that is not base64.
     */
    public String signature(String id, long timestamp, String body, List<String> secrets) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("at least one secret is needed to sign");
        }
        byte[] content = content(id, Long.toString(timestamp), body);
        return secrets.stream()
                .map(secret -> VERSION + "," + Base64.getEncoder().encodeToString(hmac(key(secret), content)))
                .collect(Collectors.joining(" "));
    }

    /**
     * Whether a request carrying these headers (names in any case) and body was signed with the secret, and
     * its timestamp is within {@link #TOLERANCE} of now.
     */
    public boolean verify(Map<String, String> headers, String body, String secret) {
        Map<String, String> named = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        named.putAll(headers);
        String id = named.get(ID);
        String timestamp = named.get(TIMESTAMP);
        String signatures = named.get(SIGNATURE);
        if (id == null || timestamp == null || signatures == null || !recent(timestamp)) {
            return false;
        }
        byte[] expected = hmac(key(secret), content(id, timestamp, body));
        for (String entry : signatures.trim().split(" +")) {
            Optional<byte[]> candidate = decodeEntry(entry);
            if (candidate.isPresent() && MessageDigest.isEqual(expected, candidate.get())) {
                return true;
            }
        }
        return false;
    }

    private boolean recent(String timestamp) {
        try {
            long seconds = Long.parseLong(timestamp);
            return Math.abs(clock.instant().getEpochSecond() - seconds) <= TOLERANCE.toSeconds();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The signature bytes of a {@code v1,<base64>} entry; empty for another version or a malformed entry. */
    private static Optional<byte[]> decodeEntry(String entry) {
        int comma = entry.indexOf(',');
        if (comma < 0 || !entry.substring(0, comma).equals(VERSION)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getDecoder().decode(entry.substring(comma + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] content(String id, String timestamp, String body) {
        return (id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8);
    }

    /** The key bytes of a secret: the base64 after the optional {@code whsec_} prefix. */
    private static byte[] key(String secret) {
        String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        byte[] key = Base64.getDecoder().decode(encoded);
        if (key.length == 0) {
            throw new IllegalArgumentException("a webhook secret must not be empty");
        }
        return key;
    }

    private static byte[] hmac(byte[] key, byte[] content) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(content);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
