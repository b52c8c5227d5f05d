package org.lvzhi.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Test helper: runs code that must break exactly one invariant and hands back that one violation. */
public final class ViolationAssertions {

    private ViolationAssertions() {
    }

    public static Violation violationOf(ThrowingCallable code) {
        Throwable thrown = catchThrowable(code);
        assertThat(thrown).as("an invariant violation").isInstanceOf(InvariantViolation.class);
        List<Violation> violations = ((InvariantViolation) thrown).violations();
        assertThat(violations).as("violations").hasSize(1);
        return violations.getFirst();
    }
}
