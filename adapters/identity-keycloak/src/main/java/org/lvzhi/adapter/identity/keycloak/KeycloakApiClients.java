package org.lvzhi.adapter.identity.keycloak;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.application.account.port.in.ApiClientClaims;
import org.lvzhi.application.account.port.out.ApiClient;
import org.lvzhi.application.account.port.out.ApiClientCredentialsPort;
import org.lvzhi.application.identity.port.out.IdentityProviderUnavailable;
import org.lvzhi.application.shared.AlreadyExists;

/**
 * A congress's API clients as confidential clients of the realm (client credentials, a service account), made through
 * the admin API: the token names the lvzhi-api audience and the service account's realm roles (scope {@code lvzhi-api}),
 * and hard-coded claims fix its congress ({@code congresses}), the credential of its current secret and its own request
 * limit ({@link ApiClientClaims}), so a token can name no other congress and outlives no rotation or revocation
 * ({@code KeycloakStandings} asks the platform's catalogue on every request). Rotating sets the new secret and the new
 * credential claim; revoking deletes the client, its service account with it.
 */
@Singleton
@Requires(env = "keycloak")
class KeycloakApiClients implements ApiClientCredentialsPort {

    private static final int CONFLICT = 409;
    private static final int NOT_FOUND = 404;
    private static final String CONGRESSES = "congresses";
    private static final List<String> COMPUTED = List.of("access", "protocolMappers", "defaultClientScopes", "optionalClientScopes");

    private final KeycloakAdmin admin;

    KeycloakApiClients(KeycloakAdmin admin) {
        this.admin = admin;
    }

    @Override
    public void register(ApiClient client, String secret) {
        String token = admin.token();
        var created = admin.call(token, "POST", "clients", representation(client, secret), "创建客户端 " + client.clientId(), CONFLICT);
        if (created.status() == CONFLICT) {
            throw new AlreadyExists(KeycloakHttp.MESSAGES.text("client.taken", client.clientId()));
        }
        String id = internalId(token, client);
        String serviceAccount = KeycloakAdmin.id(admin.read(admin.call(token, "GET", "clients/" + id + "/service-account-user", null,
                "读取客户端 " + client.clientId() + " 的服务账户"), KeycloakAdmin.OBJECT));
        List<Map<String, Object>> roles = client.roles().stream().map(role -> admin.read(
                admin.call(token, "GET", "roles/" + role.name(), null, "读取角色 " + role), KeycloakAdmin.OBJECT)).toList();
        admin.call(token, "POST", "users/" + serviceAccount + "/role-mappings/realm", roles, "授予客户端 " + client.clientId() + " 角色");
    }

    @Override
    public void rotate(ApiClient client, String secret) {
        String token = admin.token();
        String id = internalId(token, client);
        String what = "更换客户端 " + client.clientId() + " 的密钥";
        Map<String, Object> representation = new HashMap<>(admin.read(admin.call(token, "GET", "clients/" + id, null, what), KeycloakAdmin.OBJECT));
        COMPUTED.forEach(representation::remove);
        representation.put("secret", secret);
        admin.call(token, "PUT", "clients/" + id, representation, what);
        Map<String, Object> mapper = admin.read(admin.call(token, "GET", "clients/" + id + "/protocol-mappers/models", null, what),
                KeycloakAdmin.LIST).stream().filter(found -> ApiClientClaims.CREDENTIAL.equals(found.get("name"))).findFirst()
                .orElseThrow(() -> new IdentityProviderUnavailable(KeycloakHttp.MESSAGES.text("refused", what, NOT_FOUND, "")));
        Map<String, Object> updated = new HashMap<>(mapper);
        updated.put("config", claim(ApiClientClaims.CREDENTIAL, client.credential().toString(), "String"));
        admin.call(token, "PUT", "clients/" + id + "/protocol-mappers/models/" + mapper.get("id"), updated, what);
    }

    @Override
    public void revoke(ApiClient client) {
        String token = admin.token();
        findInternalId(token, client).ifPresent(id ->
                admin.call(token, "DELETE", "clients/" + id, null, "删除客户端 " + client.clientId(), NOT_FOUND));
    }

    private String internalId(String token, ApiClient client) {
        return findInternalId(token, client).orElseThrow(() -> new IdentityProviderUnavailable(
                KeycloakHttp.MESSAGES.text("refused", "查找客户端 " + client.clientId(), NOT_FOUND, "")));
    }

    private Optional<String> findInternalId(String token, ApiClient client) {
        return admin.read(admin.call(token, "GET", "clients?clientId=" + KeycloakAdmin.encode(client.clientId()), null,
                "查找客户端 " + client.clientId()), KeycloakAdmin.LIST).stream()
                .filter(found -> client.clientId().equals(found.get("clientId"))).map(KeycloakAdmin::id).findFirst();
    }

    private static Map<String, Object> representation(ApiClient client, String secret) {
        List<Map<String, Object>> mappers = new ArrayList<>(List.of(
                mapper(CONGRESSES, "[\"" + client.congress().value() + "\"]", "JSON"),
                mapper(ApiClientClaims.CREDENTIAL, client.credential().toString(), "String")));
        client.limit().ifPresent(limit -> mappers.add(mapper(ApiClientClaims.RATE_LIMIT, "{\"" + ApiClientClaims.CAPACITY + "\":"
                + limit.capacity() + ",\"" + ApiClientClaims.PER_SECOND + "\":" + limit.refill() + "}", "JSON")));
        Map<String, Object> representation = new HashMap<>();
        representation.put("clientId", client.clientId());
        representation.put("name", client.name().value());
        representation.put("description", "API 客户端（" + client.congress().value() + "），由 " + client.createdBy() + " 创建");
        representation.put("enabled", true);
        representation.put("protocol", "openid-connect");
        representation.put("publicClient", false);
        representation.put("clientAuthenticatorType", "client-secret");
        representation.put("secret", secret);
        representation.put("standardFlowEnabled", false);
        representation.put("implicitFlowEnabled", false);
        representation.put("directAccessGrantsEnabled", false);
        representation.put("serviceAccountsEnabled", true);
        representation.put("frontchannelLogout", false);
        representation.put("fullScopeAllowed", false);
        representation.put("defaultClientScopes", List.of("basic", "lvzhi-api"));
        representation.put("optionalClientScopes", List.of());
        representation.put("protocolMappers", mappers);
        return representation;
    }

    private static Map<String, Object> mapper(String claim, String value, String type) {
        return Map.of("name", claim, "protocol", "openid-connect", "protocolMapper", "oidc-hardcoded-claim-mapper",
                "config", claim(claim, value, type));
    }

    private static Map<String, String> claim(String claim, String value, String type) {
        return Map.of("access.token.claim", "true", "id.token.claim", "false", "userinfo.token.claim", "false",
                "introspection.token.claim", "true", "claim.name", claim, "claim.value", value, "jsonType.label", type);
    }
}
