package org.lvzhi.application.access.port.in;

import java.util.Optional;
import java.util.Set;
import org.lvzhi.application.shared.AccessRole;

/**
 * Every context's grants together, by operation code: what a driving adapter asks when it guards an entry point
 * that names an operation rather than roles.
 */
public interface AccessPolicy {

    /** The roles allowed the operation; empty for a code no context grants, which nobody may then perform. */
    Optional<Set<AccessRole>> rolesFor(String code);

    Set<String> codes();
}
