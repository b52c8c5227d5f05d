package org.lvzhi.domain.policy;

/** An inherited rule a profile switches off, and why. */
public record DisabledRule(String rule, String reason) {
}
