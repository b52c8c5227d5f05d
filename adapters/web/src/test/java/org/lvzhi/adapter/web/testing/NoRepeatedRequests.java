package org.lvzhi.adapter.web.testing;

import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.idempotency.port.in.IdempotentRequests;
import org.lvzhi.application.idempotency.port.out.KeptAnswer;

/** Every Idempotency-Key is new: replaying answers has tests of its own against the real store. */
@Singleton
@Replaces(IdempotentRequests.class)
class NoRepeatedRequests implements IdempotentRequests {

    @Override
    public Admission admit(ActingCaller caller, String key, String fingerprint) {
        return new Admission.Run();
    }

    @Override
    public void answered(ActingCaller caller, String key, KeptAnswer answer) {
    }

    @Override
    public void abandoned(ActingCaller caller, String key) {
    }
}
