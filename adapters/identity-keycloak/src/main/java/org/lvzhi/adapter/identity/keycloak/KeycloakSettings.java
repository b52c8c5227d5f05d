package org.lvzhi.adapter.identity.keycloak;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Requires;
import java.net.URI;
import java.time.Duration;

/**
 * Where the Keycloak realm is and how the platform talks to it: the issuer (…/realms/&lt;realm&gt;), the audience
 * our tokens must name, the public client API sign-ins go through, the public browser client (authorization code with
 * PKCE), and the service-account client that provisions users. Keys fetched from the realm are cached for {@code keyCacheTime} and kept through an outage; a user's
 * standing (enabled, organizations) for {@code standingCacheTime} ({@link KeycloakStandings}).
 */
@ConfigurationProperties("lvzhi.identity.keycloak")
@Requires(env = "keycloak")
record KeycloakSettings(
        String issuer,
        String audience,
        String loginClientId,
        String browserClientId,
        String provisionerClientId,
        String provisionerSecret,
        Duration keyCacheTime,
        Duration standingCacheTime) {

    URI keys() {
        return URI.create(issuer + "/protocol/openid-connect/certs");
    }

    URI authorization() {
        return URI.create(issuer + "/protocol/openid-connect/auth");
    }

    URI endSession() {
        return URI.create(issuer + "/protocol/openid-connect/logout");
    }

    URI tokens() {
        return URI.create(issuer + "/protocol/openid-connect/token");
    }

    /** The admin REST API of the realm: …/admin/realms/&lt;realm&gt;/&lt;path&gt;. */
    URI admin(String path) {
        int realms = issuer.indexOf("/realms/");
        return URI.create(issuer.substring(0, realms) + "/admin" + issuer.substring(realms) + "/" + path);
    }
}
