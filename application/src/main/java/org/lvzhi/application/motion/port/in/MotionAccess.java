package org.lvzhi.application.motion.port.in;

import static org.lvzhi.application.shared.AccessRole.DELEGATION_HEAD;
import static org.lvzhi.application.shared.AccessRole.DEPUTY;
import static org.lvzhi.application.shared.AccessRole.GROUP_LEADER;
import static org.lvzhi.application.shared.AccessRole.INTEGRATION;
import static org.lvzhi.application.shared.AccessRole.LIAISON_OFFICER;
import static org.lvzhi.application.shared.AccessRole.PLATFORM_ADMIN;
import static org.lvzhi.application.shared.AccessRole.TENANT_ADMIN;

import org.lvzhi.application.shared.Grants;

/** Who may do what with motions and the other joint proposals; a deputy then acts only as a signatory. */
public final class MotionAccess {

    /** File a joint proposal (a deputy only as one of its signatories). */
    public static final String FILE = "motion.file";
    /** Read the congress's joint proposals. */
    public static final String READ = "motion.read";
    /** Withdraw a signature (a deputy only their own) or record the presidium's consent. */
    public static final String WITHDRAW = "motion.withdraw";
    /** File and withdraw on the sponsors' behalf, and record the presidium's consent. */
    public static final String ACT_FOR_SPONSORS = "motion.act-for-sponsors";
    /** Record the decision on a proposal and the verdict on its answer. */
    public static final String DECIDE = "motion.decide";

    public static final Grants GRANTS = Grants.of()
            .allow(FILE, TENANT_ADMIN, LIAISON_OFFICER, DEPUTY)
            .allow(READ, PLATFORM_ADMIN, TENANT_ADMIN, LIAISON_OFFICER, DELEGATION_HEAD, GROUP_LEADER, DEPUTY, INTEGRATION)
            .allow(WITHDRAW, TENANT_ADMIN, LIAISON_OFFICER, DEPUTY)
            .allow(ACT_FOR_SPONSORS, TENANT_ADMIN, LIAISON_OFFICER)
            .allow(DECIDE, TENANT_ADMIN, LIAISON_OFFICER)
            .build();

    private MotionAccess() {
    }
}
