package org.lvzhi.application.policy.port.out;

import java.time.Instant;

/** A version as stored: its number, the document text exactly as saved, when and by whom. */
public record StoredProfileVersion(int number, String document, Instant savedAt, String savedBy) {
}
