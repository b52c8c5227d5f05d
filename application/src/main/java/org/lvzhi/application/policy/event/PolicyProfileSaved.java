package org.lvzhi.application.policy.event;

import java.time.LocalDate;
import org.lvzhi.application.event.Event;

/** A congress saved a new version of its policy profile, in force from its effective date. */
public record PolicyProfileSaved(int version, LocalDate effectiveFrom, String savedBy) implements Event {

    @Override
    public String code() {
        return "policy-profile.saved";
    }
}
