package org.lvzhi.adapter.web.shared;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.security.token.RolesFinder;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.reactivestreams.Publisher;

/**
 * A route's {@code @Secured} roles are judged against the roles the caller holds in the congress it acts in, not
 * against every role of its token: an account that is tenant admin of one congress and deputy of another is only a
 * deputy in the second. Without an acting congress (none picked among several) the token's roles are judged, and
 * the route that needs a congress refuses the caller itself.
 */
@Singleton
@Replaces(SecuredAnnotationRule.class)
class ActingRolesRule extends SecuredAnnotationRule {

    private final ActingCallerBinder callers;

    ActingRolesRule(RolesFinder rolesFinder, ActingCallerBinder callers) {
        super(rolesFinder);
        this.callers = callers;
    }

    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
        if (request == null || authentication == null) {
            return super.check(request, authentication);
        }
        Authentication acting = callers.actingCallerIfAny(request, Optional.of(authentication))
                .map(caller -> Authentication.build(authentication.getName(),
                        caller.principal().roles().stream().map(Enum::name).toList(), authentication.getAttributes()))
                .orElse(authentication);
        return super.check(request, acting);
    }
}
