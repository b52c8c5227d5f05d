package org.lvzhi.application.report.port.in;

import static org.lvzhi.application.shared.AccessRole.DELEGATION_HEAD;
import static org.lvzhi.application.shared.AccessRole.DEPUTY;
import static org.lvzhi.application.shared.AccessRole.GROUP_LEADER;
import static org.lvzhi.application.shared.AccessRole.INTEGRATION;
import static org.lvzhi.application.shared.AccessRole.LIAISON_OFFICER;
import static org.lvzhi.application.shared.AccessRole.PLATFORM_ADMIN;
import static org.lvzhi.application.shared.AccessRole.TENANT_ADMIN;

import org.lvzhi.application.shared.Grants;

/** Who may do what with annual duty reports and term-end summaries. */
public final class ReportAccess {

    /** Read a deputy's report or summary: whoever reads every archive any, a deputy their own. */
    public static final String READ = "report.read";
    /** Write and submit one's own report. */
    public static final String WRITE_OWN = "report.write-own";
    /** List the deputies who have not submitted their report. */
    public static final String LIST_UNSUBMITTED = "report.list-unsubmitted";

    public static final Grants GRANTS = Grants.of()
            .allow(READ, PLATFORM_ADMIN, TENANT_ADMIN, LIAISON_OFFICER, DELEGATION_HEAD, GROUP_LEADER, DEPUTY, INTEGRATION)
            .allow(WRITE_OWN, DEPUTY)
            .allow(LIST_UNSUBMITTED, PLATFORM_ADMIN, TENANT_ADMIN, LIAISON_OFFICER, DELEGATION_HEAD, GROUP_LEADER, INTEGRATION)
            .build();

    private ReportAccess() {
    }
}
