package org.lvzhi.domain.policy;

/** An inherited rule switched off in the effective profile: which, why, and by whose profile. */
public record DisabledEntry(String rule, String reason, String by, int version) {
}
