package org.lvzhi.application.idempotency;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.lvzhi.application.idempotency.port.in.IdempotentRequests;
import org.lvzhi.application.idempotency.port.out.IdempotencyRecordPort;
import org.lvzhi.application.idempotency.port.out.KeptAnswer;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.shared.Messages;
import org.lvzhi.domain.shared.TextRule;

@Singleton
class IdempotencyService implements IdempotentRequests {

    /** How long a key and its answer are kept. */
    static final Duration KEPT_FOR = Duration.ofHours(24);
    /** How long a claimed request may run before a retry may take the key over (its node may have died). */
    static final Duration LEASE = Duration.ofMinutes(2);
    static final int MAX_KEY_LENGTH = 200;

    private static final Messages MESSAGES = Messages.of(IdempotencyService.class);

    private final IdempotencyRecordPort records;
    private final TransactionPort transactions;
    private final Clock clock;

    IdempotencyService(IdempotencyRecordPort records, TransactionPort transactions, Clock clock) {
        this.records = records;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Admission admit(ActingCaller caller, String key, String fingerprint) {
        TextRule.breach(key, MAX_KEY_LENGTH).ifPresent(reason -> {
            throw MESSAGES.violation("Idempotency-Key", "key.invalid", reason);
        });
        Instant now = clock.instant();
        return transactions.inCongress(caller.congress(), () -> {
            records.purgeExpired(now);
            if (records.claim(caller.subject(), key, fingerprint, now, now.plus(KEPT_FOR), now.plus(LEASE))) {
                return new Admission.Run();
            }
            var kept = records.find(caller.subject(), key).orElseThrow();
            if (!kept.fingerprint().equals(fingerprint)) {
                return new Admission.OtherRequest(MESSAGES.text("key.other-request"));
            }
            return kept.answer().<Admission>map(Admission.Replay::new).orElseGet(() -> new Admission.InFlight(MESSAGES.text("key.in-flight")));
        });
    }

    @Override
    public void answered(ActingCaller caller, String key, KeptAnswer answer) {
        transactions.inCongress(caller.congress(), () -> {
            records.keep(caller.subject(), key, answer);
            return null;
        });
    }

    @Override
    public void abandoned(ActingCaller caller, String key) {
        transactions.inCongress(caller.congress(), () -> {
            records.release(caller.subject(), key);
            return null;
        });
    }
}
