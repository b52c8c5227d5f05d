package org.lvzhi.application.shared;

/** What a signed-in user may do on the platform; distinct from the offices (positions) people hold. */
public enum AccessRole {
    PLATFORM_ADMIN,
    TENANT_ADMIN,
    LIAISON_OFFICER,
    DELEGATION_HEAD,
    GROUP_LEADER,
    DEPUTY,
    HANDLING_UNIT,
    INTEGRATION
}
