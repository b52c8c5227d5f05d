package org.lvzhi.application.idempotency.port.in;

import org.lvzhi.application.idempotency.port.out.KeptAnswer;
import org.lvzhi.application.shared.ActingCaller;

/**
 * A retried request with the same {@code Idempotency-Key} gets the first answer instead of acting twice: the key,
 * the caller, the request's fingerprint and the answer are kept per congress for a day.
 */
public interface IdempotentRequests {

    /** Claims the key for this request, or says why the request must not run. */
    Admission admit(ActingCaller caller, String key, String fingerprint);

    /** Keeps the answer the claimed request got, to be replayed for the same key and body. */
    void answered(ActingCaller caller, String key, KeptAnswer answer);

    /** Gives the key up (the request failed on the server's side), so a retry runs afresh. */
    void abandoned(ActingCaller caller, String key);

    sealed interface Admission {

        /** The key is this request's: run it, then report its answer. */
        record Run() implements Admission {
        }

        /** The key was answered before, for the same request: replay that answer. */
        record Replay(KeptAnswer answer) implements Admission {
        }

        /** The key was used for another request body (422). */
        record OtherRequest(String reason) implements Admission {
        }

        /** The key's first request is still running (409): the client retries later. */
        record InFlight(String reason) implements Admission {
        }
    }
}
