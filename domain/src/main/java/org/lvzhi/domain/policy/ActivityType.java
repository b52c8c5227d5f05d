package org.lvzhi.domain.policy;

import java.util.Optional;

/** One entry of the activity-type catalogue: what kind of duty record, who registers or reviews it. */
public record ActivityType(
        String code,
        String name,
        ActivityCategory category,
        boolean selfRegistration,
        Optional<String> reviewer,
        Optional<String> registeredBy) {

    public ActivityType {
        reviewer = Absent.orEmpty(reviewer);
        registeredBy = Absent.orEmpty(registeredBy);
    }
}
