package org.lvzhi.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the violations of several independent checks so that the user hears about every bad field at
 * once, not one per attempt.
 */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    /** Runs one check; returns its value, or null after recording its violations. */
    public <T> T check(Supplier<T> check) {
        try {
            return check.get();
        } catch (InvariantViolation violation) {
            found.addAll(violation.violations());
            return null;
        }
    }

    public void add(InvariantViolation violation) {
        found.addAll(violation.violations());
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvariantViolation(found);
        }
    }
}
