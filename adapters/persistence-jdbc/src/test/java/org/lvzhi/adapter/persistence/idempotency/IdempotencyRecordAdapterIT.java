package org.lvzhi.adapter.persistence.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.persistence.testing.TenantIT;
import org.lvzhi.application.idempotency.port.out.IdempotencyRecordPort;
import org.lvzhi.application.idempotency.port.out.IdempotencyRecordPort.KeptRequest;
import org.lvzhi.application.idempotency.port.out.KeptAnswer;

class IdempotencyRecordAdapterIT extends TenantIT {

    private static final Instant NOW = Instant.parse("2025-05-05T05:05:05.123456Z");
    private static final Instant EXPIRES = NOW.plus(Duration.ofHours(24));
    private static final Instant LEASE_ENDS = NOW.plusSeconds(30);
    private static final KeptAnswer CREATED = new KeptAnswer(201, "application/json", "{\"title\":\"关于修路的建议\"}",
            Optional.of("/api/suggestions/1"));

    @Inject IdempotencyRecordPort requests;

    @Test
    @DisplayName("a key is claimed once; its answer is kept with the request's fingerprint and found again")
    void claimOnceAndKeep() {
        String key = "key-" + suffix();

        boolean claimed = in(() -> requests.claim("caller", key, "fp-1", NOW, EXPIRES, LEASE_ENDS));
        boolean claimedAgain = in(() -> requests.claim("caller", key, "fp-2", NOW.plusSeconds(1), EXPIRES, LEASE_ENDS));
        boolean claimedByAnother = in(() -> requests.claim("another", key, "fp-1", NOW, EXPIRES, LEASE_ENDS));
        Optional<KeptRequest> pending = read(() -> requests.find("caller", key));
        run(() -> requests.keep("caller", key, CREATED));

        assertThat(claimed).isTrue();
        assertThat(claimedAgain).isFalse();
        assertThat(claimedByAnother).isTrue();
        assertThat(pending).contains(new KeptRequest("fp-1", Optional.empty()));
        assertThat(read(() -> requests.find("caller", key))).contains(new KeptRequest("fp-1", Optional.of(CREATED)));
        assertThat(read(other, () -> requests.find("caller", key))).isEmpty();
    }

    @Test
    @DisplayName("an abandoned claim is taken over after its lease, an expired key after it expires, a kept answer not before")
    void takeOver() {
        String abandoned = "abandoned-" + suffix();
        String kept = "kept-" + suffix();
        run(() -> {
            requests.claim("caller", abandoned, "fp-old", NOW, EXPIRES, LEASE_ENDS);
            requests.claim("caller", kept, "fp-old", NOW, EXPIRES, LEASE_ENDS);
            requests.keep("caller", kept, CREATED);
        });

        boolean beforeLease = in(() -> requests.claim("caller", abandoned, "fp-new", LEASE_ENDS.minusSeconds(1), EXPIRES, LEASE_ENDS));
        boolean afterLease = in(() -> requests.claim("caller", abandoned, "fp-new", LEASE_ENDS, EXPIRES, LEASE_ENDS.plusSeconds(30)));
        boolean keptAfterLease = in(() -> requests.claim("caller", kept, "fp-new", LEASE_ENDS, EXPIRES, LEASE_ENDS.plusSeconds(30)));
        boolean keptAfterExpiry = in(() -> requests.claim("caller", kept, "fp-new", EXPIRES, EXPIRES.plusSeconds(60), EXPIRES.plusSeconds(30)));

        assertThat(beforeLease).isFalse();
        assertThat(afterLease).isTrue();
        assertThat(keptAfterLease).isFalse();
        assertThat(keptAfterExpiry).isTrue();
        assertThat(read(() -> requests.find("caller", kept))).contains(new KeptRequest("fp-new", Optional.empty()));
    }

    @Test
    @DisplayName("releasing drops a claim without an answer but never a kept answer; purging drops the expired keys")
    void releaseAndPurge() {
        String open = "open-" + suffix();
        String answered = "answered-" + suffix();
        String lasting = "lasting-" + suffix();
        run(() -> {
            requests.claim("caller", open, "fp", NOW, EXPIRES, LEASE_ENDS);
            requests.claim("caller", answered, "fp", NOW, EXPIRES, LEASE_ENDS);
            requests.keep("caller", answered, CREATED);
            requests.claim("caller", lasting, "fp", NOW, EXPIRES.plusSeconds(3600), LEASE_ENDS);
        });

        run(() -> {
            requests.release("caller", open);
            requests.release("caller", answered);
        });
        Optional<KeptRequest> answeredAfterRelease = read(() -> requests.find("caller", answered));
        run(() -> requests.purgeExpired(EXPIRES));

        assertThat(read(() -> requests.find("caller", open))).isEmpty();
        assertThat(answeredAfterRelease).contains(new KeptRequest("fp", Optional.of(CREATED)));
        assertThat(read(() -> requests.find("caller", answered))).isEmpty();
        assertThat(read(() -> requests.find("caller", lasting))).isPresent();
    }
}
