package org.lvzhi.application.shared;

import org.lvzhi.domain.congress.CongressId;

/** A principal acting in one congress for the length of one request or job. */
public record ActingCaller(Principal principal, CongressId congress) {

    public String subject() {
        return principal.subject();
    }

    public boolean has(AccessRole role) {
        return principal.has(role);
    }

    /** The congress's own staff (tenant admin, liaison officer): who records, registers and decides for the office. */
    public boolean isStaff() {
        return has(AccessRole.TENANT_ADMIN) || has(AccessRole.LIAISON_OFFICER);
    }
}
