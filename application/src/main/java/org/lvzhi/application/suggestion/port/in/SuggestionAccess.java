package org.lvzhi.application.suggestion.port.in;

import static org.lvzhi.application.shared.AccessRole.DEPUTY;
import static org.lvzhi.application.shared.AccessRole.HANDLING_UNIT;
import static org.lvzhi.application.shared.AccessRole.INTEGRATION;
import static org.lvzhi.application.shared.AccessRole.LIAISON_OFFICER;
import static org.lvzhi.application.shared.AccessRole.PLATFORM_ADMIN;
import static org.lvzhi.application.shared.AccessRole.TENANT_ADMIN;

import org.lvzhi.application.shared.Grants;

/** Who may do what with suggestions (建议、批评和意见); the sponsor and the lead unit are then judged on the suggestion. */
public final class SuggestionAccess {

    /** Draft, change and submit one's suggestion; as its sponsor give feedback and evaluate. */
    public static final String SPONSOR = "suggestion.sponsor";
    /** Read suggestions within one's scope. */
    public static final String READ = "suggestion.read";
    /** See every submitted suggestion of the congress. */
    public static final String READ_ALL = "suggestion.read-all";
    /** Screen, merge, assign, urge, extend and close suggestions. */
    public static final String HANDLE = "suggestion.handle";
    /** Reply, report progress and ask for more time for the lead handling unit. */
    public static final String ANSWER = "suggestion.answer";

    public static final Grants GRANTS = Grants.of()
            .allow(SPONSOR, DEPUTY)
            .allow(READ, PLATFORM_ADMIN, TENANT_ADMIN, LIAISON_OFFICER, DEPUTY, HANDLING_UNIT, INTEGRATION)
            .allow(READ_ALL, PLATFORM_ADMIN, TENANT_ADMIN, LIAISON_OFFICER, INTEGRATION)
            .allow(HANDLE, TENANT_ADMIN, LIAISON_OFFICER)
            .allow(ANSWER, HANDLING_UNIT)
            .build();

    private SuggestionAccess() {
    }
}
