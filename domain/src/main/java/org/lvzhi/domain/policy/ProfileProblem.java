package org.lvzhi.domain.policy;

/** One thing wrong with a profile: where (a JSON Pointer into the document) and why, in Chinese. */
public record ProfileProblem(String path, String message) {
}
