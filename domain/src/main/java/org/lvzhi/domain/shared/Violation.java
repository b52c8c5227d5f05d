package org.lvzhi.domain.shared;

/**
 * One broken invariant: the input field it concerns (a dotted path such as {@code contact.email}) and a
 * Chinese message for the user.
 */
public record Violation(String field, String message) {
}
