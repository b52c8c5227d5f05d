package org.lvzhi.domain.policy;

/** A part of an effective profile and where it came from: the owner of the profile and its version. */
public record Sourced<T>(T value, String source, int version) {
}
