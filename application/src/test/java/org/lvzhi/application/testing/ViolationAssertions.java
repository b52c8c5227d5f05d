package org.lvzhi.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.lvzhi.domain.shared.InvariantViolation;
import org.lvzhi.domain.shared.Violation;

/** Runs code that must break invariants and hands back what it reported. */
public final class ViolationAssertions {

    private ViolationAssertions() {
    }

    public static List<Violation> violationsOf(ThrowingCallable code) {
        Throwable thrown = catchThrowable(code);
        assertThat(thrown).as("an invariant violation").isInstanceOf(InvariantViolation.class);
        return ((InvariantViolation) thrown).violations();
    }

    /** The one violation the code reports. */
    public static Violation violationOf(ThrowingCallable code) {
        List<Violation> violations = violationsOf(code);
        assertThat(violations).as("violations").hasSize(1);
        return violations.getFirst();
    }

    /** The fields the code's violations name, in the order reported. */
    public static List<String> fieldsOf(ThrowingCallable code) {
        return violationsOf(code).stream().map(Violation::field).toList();
    }
}
