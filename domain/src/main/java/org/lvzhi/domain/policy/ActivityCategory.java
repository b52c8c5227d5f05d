package org.lvzhi.domain.policy;

public enum ActivityCategory {
    SESSION,
    STANDING_COMMITTEE,
    SUPERVISION,
    TRAINING,
    PUBLIC_CONTACT,
    GROUP,
    MOTION_SUGGESTION,
    REPORTING,
    OTHER
}
