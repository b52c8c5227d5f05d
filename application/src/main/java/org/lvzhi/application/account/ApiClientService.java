package org.lvzhi.application.account;

import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.lvzhi.application.account.port.in.ApiClientAdministrationUseCase;
import org.lvzhi.application.account.port.in.ApiClientCheck;
import org.lvzhi.application.account.port.in.RegisterApiClientCommand;
import org.lvzhi.application.account.port.in.RegisterApiClientCommand.RequestLimit;
import org.lvzhi.application.account.port.out.ApiClient;
import org.lvzhi.application.account.port.out.ApiClientCredentialsPort;
import org.lvzhi.application.account.port.out.ApiClientPort;
import org.lvzhi.application.ratelimit.port.in.RateLimitPolicy;
import org.lvzhi.application.ratelimit.port.out.BucketLimit;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.shared.Messages;
import org.lvzhi.domain.shared.Violations;

/**
 * A congress's API clients, the same with either identity: the platform's catalogue holds each client with the hash of
 * its secret (the local identity checks secrets against it; Keycloak keeps its own, {@link ApiClientCredentialsPort}),
 * each change is made at the identity provider in the congress's transaction and audited with who made it, and every
 * request of a client is held to the catalogue ({@link ApiClientCheck}).
 */
@Singleton
class ApiClientService implements ApiClientAdministrationUseCase, ApiClientCheck {

    private static final Messages MESSAGES = Messages.of(ApiClientService.class);
    private static final String CLIENT = "api-client";
    private static final String SUFFIX_LETTERS = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final int SUFFIX_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiClientPort clients;
    private final ApiClientCredentialsPort credentials;
    private final RateLimitPolicy limits;
    private final TransactionPort transactions;
    private final Clock clock;

    ApiClientService(ApiClientPort clients, ApiClientCredentialsPort credentials, RateLimitPolicy limits,
                     TransactionPort transactions, Clock clock) {
        this.clients = clients;
        this.credentials = credentials;
        this.limits = limits;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public IssuedApiClient create(ActingCaller caller, RegisterApiClientCommand command) {
        Optional<BucketLimit> limit = command.limit().map(this::withinCongress);
        return transactions.inCongress(caller.congress(), () -> {
            Instant now = clock.instant();
            String secret = OneTimeSecret.generate();
            ApiClient client = new ApiClient(UUID.randomUUID(), ApiClient.clientId(caller.congress(), suffix()),
                    caller.congress(), command.name(), command.roles().stream().sorted().toList(), limit, OneTimeSecret.hash(secret),
                    UUID.randomUUID(), now, caller.subject(), Optional.empty(), Optional.empty(), Optional.empty());
            clients.add(client);
            credentials.register(client, secret);
            clients.record(client.id(), "api-client.created", caller.subject(), now, "roles " + client.roles()
                    + limit.map(bucket -> ", limit " + bucket.capacity() + " at once, " + bucket.refill() + " a second").orElse(""));
            return new IssuedApiClient(client, secret);
        });
    }

    @Override
    public Page<ApiClient> list(ActingCaller caller, PageRequest page) {
        return transactions.readInCongress(caller.congress(), () -> clients.list(page));
    }

    @Override
    public IssuedApiClient rotate(ActingCaller caller, UUID id) {
        return transactions.inCongress(caller.congress(), () -> {
            ApiClient found = active(id);
            Instant now = clock.instant();
            String secret = OneTimeSecret.generate();
            ApiClient rotated = found.rotated(OneTimeSecret.hash(secret), UUID.randomUUID(), now);
            credentials.rotate(rotated, secret);
            clients.update(rotated);
            clients.record(id, "api-client.rotated", caller.subject(), now, "new secret; the old one and its tokens refused");
            return new IssuedApiClient(rotated, secret);
        });
    }

    /** Revoking a revoked client changes nothing. */
    @Override
    public void revoke(ActingCaller caller, UUID id) {
        transactions.inCongress(caller.congress(), () -> {
            ApiClient found = clients.find(id).orElseThrow(() -> new NotFound(CLIENT, id));
            if (found.active()) {
                Instant now = clock.instant();
                credentials.revoke(found);
                clients.update(found.revoked(now, caller.subject()));
                clients.record(id, "api-client.revoked", caller.subject(), now, "revoked; its tokens refused");
            }
            return null;
        });
    }

    @Override
    public boolean honours(String clientId, UUID credential, Set<CongressId> congresses) {
        return ApiClient.congressOf(clientId).filter(congress -> congresses.equals(Set.of(congress)))
                .flatMap(congress -> transactions.readInCongress(congress, () -> clients.findByClientId(clientId)))
                .filter(client -> client.active() && client.credential().equals(credential))
                .isPresent();
    }

    private ApiClient active(UUID id) {
        ApiClient found = clients.find(id).orElseThrow(() -> new NotFound(CLIENT, id));
        if (!found.active()) {
            throw MESSAGES.violation("state", "client.revoked");
        }
        return found;
    }

    /** A client's own bucket is at most its congress's: it could never use more. */
    private BucketLimit withinCongress(RequestLimit limit) {
        BucketLimit congress = limits.perCongress();
        long perSecond = congress.refill() * 1_000_000_000L / congress.per().toNanos();
        Violations violations = new Violations();
        violations.check(() -> atMost("rateLimit.capacity", limit.capacity(), congress.capacity()));
        violations.check(() -> atMost("rateLimit.perSecond", limit.perSecond(), perSecond));
        violations.throwIfAny();
        return new BucketLimit(limit.capacity(), limit.perSecond(), Duration.ofSeconds(1));
    }

    private static Long atMost(String field, long value, long most) {
        if (value > most) {
            throw MESSAGES.violation(field, "client.limit.above-congress", most);
        }
        return value;
    }

    /** Letters and digits that cannot be mistaken for each other when read aloud or copied by hand. */
    private static String suffix() {
        StringBuilder suffix = new StringBuilder(SUFFIX_LENGTH);
        for (int i = 0; i < SUFFIX_LENGTH; i++) {
            suffix.append(SUFFIX_LETTERS.charAt(RANDOM.nextInt(SUFFIX_LETTERS.length())));
        }
        return suffix.toString();
    }
}
