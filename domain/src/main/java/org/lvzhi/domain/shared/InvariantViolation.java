package org.lvzhi.domain.shared;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a domain invariant would be broken; carries every violation found, not just the first. */
public class InvariantViolation extends RuntimeException {

    private final List<Violation> violations;

    public InvariantViolation(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invariant violation names at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public InvariantViolation(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
