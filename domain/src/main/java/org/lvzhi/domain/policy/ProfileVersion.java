package org.lvzhi.domain.policy;

import java.time.Instant;

/** A saved version of a profile: its number (1, 2, …), the profile, when and by whom it was saved. */
public record ProfileVersion(int number, PolicyProfile profile, Instant savedAt, String savedBy) {
}
