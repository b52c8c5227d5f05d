package org.lvzhi.application.shared;

import org.lvzhi.domain.congress.CongressId;

/**
 * A principal acting in one congress for the length of one request or job. It is a {@link java.security.Principal}
 * (named by its subject) because that is what it is to the frameworks around it: the request's identity, never its
 * input (the OpenAPI generator, for one, leaves principals out of the parameters it documents).
 */
public record ActingCaller(Principal principal, CongressId congress) implements java.security.Principal {

    @Override
    public String getName() {
        return subject();
    }

    public String subject() {
        return principal.subject();
    }

    public boolean has(AccessRole role) {
        return principal.has(role);
    }
}
