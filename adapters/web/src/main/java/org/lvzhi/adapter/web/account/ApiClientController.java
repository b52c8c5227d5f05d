package org.lvzhi.adapter.web.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.lvzhi.adapter.web.shared.Allowed;
import org.lvzhi.adapter.web.shared.PageResponse;
import org.lvzhi.application.account.port.in.AccountAccess;
import org.lvzhi.application.account.port.in.ApiClientAdministrationUseCase;
import org.lvzhi.application.account.port.in.ApiClientAdministrationUseCase.IssuedApiClient;
import org.lvzhi.application.account.port.in.RegisterApiClientCommand;
import org.lvzhi.application.account.port.out.ApiClient;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Ids;
import org.lvzhi.application.shared.PageRequest;

/**
 * A tenant admin's API clients of their congress (a platform admin's of the congress {@code X-Congress} names), with
 * either identity: the secret is in the answer to a creation or a rotation only.
 */
@Controller("/api/v1/api-clients")
@Allowed(AccountAccess.MANAGE_CLIENTS)
class ApiClientController {

    private final ApiClientAdministrationUseCase clients;

    ApiClientController(ApiClientAdministrationUseCase clients) {
        this.clients = clients;
    }

    /** Creates an API client of the acting congress with the roles chosen; its secret is answered this once. */
    @Post
    @Status(HttpStatus.CREATED)
    IssuedClientResponse createClient(ActingCaller caller, @Body CreateRequest request) {
        RateLimitBody limit = request.rateLimit();
        return IssuedClientResponse.of(clients.create(caller, RegisterApiClientCommand.of(request.name(), request.roles(),
                limit == null ? null : limit.capacity(), limit == null ? null : limit.perSecond())));
    }

    /** The API clients of the acting congress, paged, without their secrets. */
    @Get
    PageResponse<ApiClientResponse> listClients(ActingCaller caller, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return PageResponse.of(clients.list(caller, PageRequest.of(page, size)), ApiClientResponse::of);
    }

    /** Gives the client a new secret, answered this once; the old one and its tokens are refused from then on. */
    @Post("/{id}/rotate-secret")
    IssuedClientResponse rotateClientSecret(ActingCaller caller, @PathVariable String id) {
        return IssuedClientResponse.of(clients.rotate(caller, clientId(id)));
    }

    /** Revokes the client: its tokens are refused at once, on every node. */
    @Post("/{id}/revoke")
    @Status(HttpStatus.NO_CONTENT)
    void revokeClient(ActingCaller caller, @PathVariable String id) {
        clients.revoke(caller, clientId(id));
    }

    private static UUID clientId(String id) {
        return Ids.parse("id", id, uuid -> uuid);
    }

    @Serdeable
    record CreateRequest(@Nullable String name, @Nullable @ArraySchema(schema = @Schema(implementation = AccessRole.class)) List<String> roles,
                         @Nullable RateLimitBody rateLimit) {
    }

    /** A client's own bucket: {@code capacity} requests at once, {@code perSecond} more every second. */
    @Serdeable
    record RateLimitBody(@Nullable Long capacity, @Nullable Long perSecond) {
    }

    @Serdeable
    record ApiClientResponse(UUID id, String clientId, String name, List<AccessRole> roles, @Nullable RateLimitBody rateLimit,
                             boolean active, Instant createdAt, String createdBy, @Nullable Instant rotatedAt,
                             @Nullable Instant revokedAt, @Nullable String revokedBy) {

        static ApiClientResponse of(ApiClient client) {
            return new ApiClientResponse(client.id(), client.clientId(), client.name().value(),
                    client.roles().stream().toList(),
                    client.limit().map(limit -> new RateLimitBody(limit.capacity(), limit.refill())).orElse(null),
                    client.active(), client.createdAt(), client.createdBy(), client.rotatedAt().orElse(null),
                    client.revokedAt().orElse(null), client.revokedBy().orElse(null));
        }
    }

    /** The client and its secret, shown this once: the platform keeps only its hash. */
    @Serdeable
    record IssuedClientResponse(ApiClientResponse client, String secret) {

        static IssuedClientResponse of(IssuedApiClient issued) {
            return new IssuedClientResponse(ApiClientResponse.of(issued.client()), issued.secret());
        }
    }
}
