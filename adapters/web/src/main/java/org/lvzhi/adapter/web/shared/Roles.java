package org.lvzhi.adapter.web.shared;

/** Access-role names for {@code @Secured}, matching {@code AccessRole}. */
public final class Roles {

    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
    public static final String TENANT_ADMIN = "TENANT_ADMIN";
    public static final String LIAISON_OFFICER = "LIAISON_OFFICER";
    public static final String DELEGATION_HEAD = "DELEGATION_HEAD";
    public static final String GROUP_LEADER = "GROUP_LEADER";
    public static final String DEPUTY = "DEPUTY";
    public static final String HANDLING_UNIT = "HANDLING_UNIT";
    public static final String INTEGRATION = "INTEGRATION";

    private Roles() {
    }
}
