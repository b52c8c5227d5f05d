package org.lvzhi.domain.policy;

/** A code with its Chinese name: a leave reason, a screening category. */
public record CodedName(String code, String name) {
}
