package org.lvzhi.application.policy.port.in;

import java.util.List;
import org.lvzhi.domain.policy.ProfileProblem;

/** A profile that failed its schema or semantic checks, with every problem found: 422. */
public class InvalidProfile extends RuntimeException {

    private final List<ProfileProblem> problems;

    public InvalidProfile(List<ProfileProblem> problems) {
        super(problems.size() + " problems in the profile");
        this.problems = List.copyOf(problems);
    }

    public List<ProfileProblem> problems() {
        return problems;
    }
}
