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
}
