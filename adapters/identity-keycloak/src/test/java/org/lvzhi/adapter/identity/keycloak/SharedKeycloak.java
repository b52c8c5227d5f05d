package org.lvzhi.adapter.identity.keycloak;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.lvzhi.adapter.identity.keycloak.testing.KeycloakServer;
import org.lvzhi.application.account.port.in.ApiClientCheck;
import org.lvzhi.application.account.port.in.InvitePersonUseCase;
import org.lvzhi.domain.account.EmailAddress;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.shared.Name;

/**
 * One real Keycloak (the demo realm) for the module's whole test run: the first test class that needs it starts it,
 * and it stops when the run ends. The adapter is wired as the platform wires it in the {@code keycloak} environment
 * (the settings of bootstrap's {@code application-keycloak.yml}): once against that Keycloak for the run ({@link #bean}),
 * or against any address ({@link #platform}).
 */
final class SharedKeycloak implements BeforeAllCallback {

    static final String AUDIENCE = "lvzhi-api";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedKeycloak.class);
    private static volatile Running running;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Running.class, type -> Running.start(), Running.class);
    }

    static KeycloakServer server() {
        return running().keycloak();
    }

    /** The adapter wired against the shared Keycloak: one application context for the whole run, closed at its end. */
    static ApplicationContext platform() {
        return running().platform();
    }

    static <T> T bean(Class<T> type) {
        return platform().getBean(type);
    }

    /** The invitations the shared context's provisioning asked for, in the order asked. */
    static Invitations invitations() {
        return running().invitations();
    }

    /** The platform's catalogue of API clients as the shared context's token validation asks it. */
    static Clients clients() {
        return running().clients();
    }

    private static Running running() {
        Running started = running;
        if (started == null) {
            throw new IllegalStateException("Keycloak is not started: extend the test class with SharedKeycloak");
        }
        return started;
    }

    /** The adapter's beans as the platform wires them, against the realm of this issuer; the caller closes them. */
    static ApplicationContext platform(String issuer, String provisionerSecret) {
        return platform(issuer, provisionerSecret, new Invitations(), new Clients());
    }

    private static ApplicationContext platform(String issuer, String provisionerSecret, Invitations invitations, Clients clients) {
        ApplicationContext context = ApplicationContext.builder()
                .environments("keycloak")
                .deduceEnvironment(false)
                .properties(Map.ofEntries(
                        Map.entry("micronaut.security.token.name-key", "preferred_username"),
                        Map.entry("micronaut.security.token.roles-name", "roles"),
                        Map.entry("micronaut.security.token.jwt.claims-validators.issuer", issuer),
                        Map.entry("micronaut.security.token.jwt.claims-validators.audience", AUDIENCE),
                        Map.entry("lvzhi.identity.keycloak.issuer", issuer),
                        Map.entry("lvzhi.identity.keycloak.audience", AUDIENCE),
                        Map.entry("lvzhi.identity.keycloak.login-client-id", KeycloakServer.CLI_CLIENT),
                        Map.entry("lvzhi.identity.keycloak.browser-client-id", "lvzhi-web"),
                        Map.entry("lvzhi.identity.keycloak.provisioner-client-id", KeycloakServer.PROVISIONER_CLIENT),
                        Map.entry("lvzhi.identity.keycloak.provisioner-secret", provisionerSecret),
                        Map.entry("lvzhi.identity.keycloak.key-cache-time", "15m"),
                        Map.entry("lvzhi.identity.keycloak.standing-cache-time", "30s")))
                .build();
        context.registerSingleton(InvitePersonUseCase.class, invitations);
        context.registerSingleton(ApiClientCheck.class, clients);
        context.registerSingleton(Clock.class, Clock.systemUTC());
        return context.start();
    }

    /** The adapter's beans against a Keycloak at an address nobody listens on (a port just freed). */
    static ApplicationContext unreachable() {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return platform(realmAt(port), KeycloakServer.PROVISIONER_SECRET);
    }

    /** The issuer of the realm as if Keycloak listened on this port of 127.0.0.1. */
    static String realmAt(int port) {
        return "http://127.0.0.1:" + port + "/realms/" + KeycloakServer.REALM;
    }

    /** The invitation e-mails the provisioning asked the platform to send. */
    static final class Invitations implements InvitePersonUseCase {

        final List<Invitation> sent = new CopyOnWriteArrayList<>();

        @Override
        public void invite(Login login, Name name, EmailAddress email, CongressId congress) {
            sent.add(new Invitation(login, name, email, congress));
        }
    }

    record Invitation(Login login, Name name, EmailAddress email, CongressId congress) {
    }

    /** The clients whose current credential the catalogue knows, by client id; every question asked, in order. */
    static final class Clients implements ApiClientCheck {

        final Map<String, UUID> current = new ConcurrentHashMap<>();
        final List<String> asked = new CopyOnWriteArrayList<>();

        @Override
        public boolean honours(String clientId, UUID credential, Set<CongressId> congresses) {
            asked.add(clientId + " " + credential + " " + congresses);
            return credential.equals(current.get(clientId));
        }
    }

    private record Running(KeycloakServer keycloak, ApplicationContext platform, Invitations invitations, Clients clients)
            implements AutoCloseable {

        static Running start() {
            KeycloakServer keycloak = KeycloakServer.start();
            Invitations invitations = new Invitations();
            Clients clients = new Clients();
            try {
                running = new Running(keycloak, SharedKeycloak.platform(keycloak.issuer(), KeycloakServer.PROVISIONER_SECRET, invitations,
                        clients), invitations, clients);
                return running;
            } catch (RuntimeException e) {
                keycloak.stop();
                throw e;
            }
        }

        @Override
        public void close() {
            running = null;
            try {
                platform.close();
            } finally {
                keycloak.stop();
            }
        }
    }
}
