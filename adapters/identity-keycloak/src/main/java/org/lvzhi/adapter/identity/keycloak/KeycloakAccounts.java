package org.lvzhi.adapter.identity.keycloak;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lvzhi.application.account.port.out.AccountDirectoryPort;
import org.lvzhi.application.account.port.out.AccountListing;
import org.lvzhi.application.identity.port.out.IdentityProviderUnavailable;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.account.EmailAddress;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.shared.Name;

/**
 * A congress's accounts under Keycloak: the members of its organization, and after them the users whose access to it
 * was disabled. Disabling takes the user out of the organization (their tokens stop naming the congress; those issued
 * before are refused by {@link KeycloakStandings}) and notes the congress in the user's attribute
 * {@value #DISABLED_IN}, which the realm's user profile lets only administrators see; enabling undoes both, and only
 * for a user disabled there, so a tenant admin cannot pull another congress's people into theirs. Roles are the
 * user's realm roles.
 */
@Singleton
@Requires(env = "keycloak")
class KeycloakAccounts implements AccountDirectoryPort {

    static final String DISABLED_IN = "disabledCongresses";
    private static final int CONFLICT = 409;
    private static final int NOT_FOUND = 404;
    private static final Set<String> ACCESS_ROLES = Arrays.stream(AccessRole.values()).map(Enum::name).collect(Collectors.toSet());

    private final KeycloakAdmin admin;
    private final KeycloakStandings standings;

    KeycloakAccounts(KeycloakAdmin admin, KeycloakStandings standings) {
        this.admin = admin;
        this.standings = standings;
    }

    @Override
    public Page<AccountListing> list(CongressId congress, PageRequest page) {
        String token = admin.token();
        String organization = organization(token, congress);
        String disabledHere = "q=" + KeycloakAdmin.encode(DISABLED_IN + ":" + congress.value());
        long members = count(admin.call(token, "GET", "organizations/" + organization + "/members/count", null, "统计组织 " + congress + " 的成员"));
        long disabled = count(admin.call(token, "GET", "users/count?" + disabledHere, null, "统计在 " + congress + " 停用的用户"));
        List<AccountListing> items = new ArrayList<>();
        if (page.offset() < members) {
            admin.read(admin.call(token, "GET", "organizations/" + organization + "/members?briefRepresentation=false&first="
                    + page.offset() + "&max=" + page.size(), null, "读取组织 " + congress + " 的成员"), KeycloakAdmin.LIST)
                    .forEach(member -> items.add(listing(token, member, true)));
        }
        int rest = page.size() - items.size();
        if (rest > 0 && disabled > 0) {
            long first = Math.max(0, page.offset() - members);
            admin.read(admin.call(token, "GET", "users?briefRepresentation=false&" + disabledHere + "&first=" + first + "&max=" + rest,
                    null, "读取在 " + congress + " 停用的用户"), KeycloakAdmin.LIST)
                    .forEach(user -> items.add(listing(token, user, false)));
        }
        return Page.of(items, page, members + disabled);
    }

    @Override
    public Optional<AccountListing> find(Login login, CongressId congress) {
        String token = admin.token();
        return admin.user(token, login).flatMap(user -> {
            if (admin.memberOf(token, user).contains(congress.value())) {
                return Optional.of(listing(token, user, true));
            }
            return disabledIn(user).contains(congress.value()) ? Optional.of(listing(token, user, false)) : Optional.empty();
        });
    }

    @Override
    public boolean setEnabled(Login login, CongressId congress, boolean enabled) {
        String token = admin.token();
        Optional<Map<String, Object>> found = admin.user(token, login);
        if (found.isEmpty()) {
            return false;
        }
        String user = KeycloakAdmin.id(found.get());
        boolean member = admin.memberOf(token, found.get()).contains(congress.value());
        boolean disabled = disabledIn(found.get()).contains(congress.value());
        if (member == enabled) {
            return true;
        }
        if (enabled && !disabled) {
            return false;
        }
        String organization = organization(token, congress);
        if (enabled) {
            admin.call(token, "POST", "organizations/" + organization + "/members", "\"" + user + "\"", "把 " + login + " 加回组织 " + congress, CONFLICT);
        } else {
            admin.call(token, "DELETE", "organizations/" + organization + "/members/" + user, null, "把 " + login + " 移出组织 " + congress, NOT_FOUND);
        }
        admin.updateUser(token, user, (enabled ? "启用 " : "停用 ") + login, representation -> {
            List<String> disabledCongresses = new ArrayList<>(disabledIn(representation));
            disabledCongresses.remove(congress.value());
            if (!enabled) {
                disabledCongresses.add(congress.value());
            }
            representation.put("attributes", withAttribute(representation, disabledCongresses));
        });
        standings.forget(login);
        return true;
    }

    private String organization(String token, CongressId congress) {
        return admin.organizationId(token, congress)
                .orElseThrow(() -> new IdentityProviderUnavailable(KeycloakHttp.MESSAGES.text("no-organization", congress)));
    }

    /**
     * The whole name is the {@code displayName} attribute (a user made in the admin console may lack it: then family
     * and given name); roles are the realm roles that are access roles; a password is set once the invitation is used.
     */
    private AccountListing listing(String token, Map<String, Object> user, boolean inCongress) {
        String id = KeycloakAdmin.id(user);
        String username = String.valueOf(user.get("username"));
        String name = attribute(user, "displayName").stream().findFirst()
                .orElseGet(() -> text(user, "lastName") + text(user, "firstName"));
        List<AccessRole> roles = admin.read(admin.call(token, "GET", "users/" + id + "/role-mappings/realm/composite", null,
                "读取 " + username + " 的角色"), KeycloakAdmin.LIST).stream()
                .map(role -> String.valueOf(role.get("name"))).filter(ACCESS_ROLES::contains).sorted().map(AccessRole::valueOf).toList();
        return new AccountListing(new Login(username), new Name(name.isBlank() ? username : name),
                Optional.ofNullable(user.get("email")).map(String::valueOf).map(EmailAddress::new), roles,
                inCongress && Boolean.TRUE.equals(user.get("enabled")), admin.hasPassword(token, id));
    }

    private static List<String> disabledIn(Map<String, Object> user) {
        return attribute(user, DISABLED_IN);
    }

    @SuppressWarnings("unchecked")
    private static List<String> attribute(Map<String, Object> user, String name) {
        if (user.get("attributes") instanceof Map<?, ?> attributes && attributes.get(name) instanceof List<?> values) {
            return ((List<Object>) values).stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withAttribute(Map<String, Object> user, List<String> disabledCongresses) {
        Map<String, Object> attributes = new HashMap<>(user.get("attributes") instanceof Map<?, ?> present
                ? (Map<String, Object>) present : Map.of());
        attributes.put(DISABLED_IN, disabledCongresses);
        return attributes;
    }

    private static String text(Map<String, Object> user, String field) {
        return Optional.ofNullable(user.get(field)).map(String::valueOf).orElse("");
    }

    private static long count(KeycloakHttp.Answer answer) {
        return Long.parseLong(answer.body().trim());
    }
}
