package org.lvzhi.adapter.web.shared;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.security.token.RolesFinder;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteAttributes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lvzhi.application.access.port.in.AccessPolicy;
import org.lvzhi.application.shared.AccessRole;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * A route naming an operation ({@link Allowed}) admits the roles the access policy grants it; a route marked
 * {@code @Secured} (signed in, or anonymous) is judged as Micronaut judges it. Either way the roles judged are those
 * the caller holds in the congress it acts in, not every role of its token: an account that is tenant admin of one
 * congress and deputy of another is only a deputy in the second. Without an acting congress (none picked among
 * several) the token's roles are judged, and the route that needs a congress refuses the caller itself.
 */
@Singleton
@Replaces(SecuredAnnotationRule.class)
class ActingRolesRule extends SecuredAnnotationRule {

    private final ActingCallerBinder callers;
    private final AccessPolicy policy;

    ActingRolesRule(RolesFinder rolesFinder, ActingCallerBinder callers, AccessPolicy policy) {
        super(rolesFinder);
        this.callers = callers;
        this.policy = policy;
    }

    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
        if (request == null) {
            return super.check(null, authentication);
        }
        Optional<Authentication> acting = Optional.ofNullable(authentication).map(signedIn -> actingIn(request, signedIn));
        Optional<String> operation = operationOf(request);
        if (operation.isEmpty()) {
            return super.check(request, acting.orElse(null));
        }
        if (acting.isEmpty()) {
            return Mono.just(SecurityRuleResult.REJECTED);
        }
        List<String> granted = policy.rolesFor(operation.get()).orElse(Set.of()).stream().map(AccessRole::name).toList();
        return compareRoles(granted, getRoles(acting.get()));
    }

    private Authentication actingIn(HttpRequest<?> request, Authentication authentication) {
        return callers.actingCallerIfAny(request, Optional.of(authentication))
                .map(caller -> Authentication.build(authentication.getName(),
                        caller.principal().roles().stream().map(Enum::name).toList(), authentication.getAttributes()))
                .orElse(authentication);
    }

    private static Optional<String> operationOf(HttpRequest<?> request) {
        return RouteAttributes.getRouteMatch(request)
                .filter(MethodBasedRouteMatch.class::isInstance)
                .flatMap(match -> ((MethodBasedRouteMatch<?, ?>) match).stringValue(Allowed.class));
    }
}
