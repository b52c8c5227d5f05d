package org.lvzhi.adapter.web.shared;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.lvzhi.application.identity.port.in.ActingCongressResolver;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.ActingCaller;

/**
 * Gives a controller the {@link ActingCaller}: the token's principal acting in the congress the token grants,
 * or the one its {@code X-Congress} header picks among them.
 */
@Singleton
class ActingCallerBinder implements TypedRequestArgumentBinder<ActingCaller> {

    static final String CONGRESS_HEADER = "X-Congress";
    private static final String RESOLVED = ActingCallerBinder.class.getName() + ".caller";

    private final ActingCongressResolver resolver;

    ActingCallerBinder(ActingCongressResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public Argument<ActingCaller> argumentType() {
        return Argument.of(ActingCaller.class);
    }

    @Override
    public BindingResult<ActingCaller> bind(ArgumentConversionContext<ActingCaller> context, HttpRequest<?> request) {
        Optional<ActingCaller> caller = callerOf(request);
        return caller.isEmpty() ? BindingResult.unsatisfied() : () -> caller;
    }

    /**
     * For filters, which serve every route: the caller when the request acts in a congress; none when nobody is
     * signed in or the token must still pick its congress (the route refuses that itself).
     */
    Optional<ActingCaller> actingCallerIfAny(HttpRequest<?> request) {
        return actingCallerIfAny(request, request.getUserPrincipal(Authentication.class));
    }

    /** The same, for the security rules, which see the authentication before the request carries it. */
    Optional<ActingCaller> actingCallerIfAny(HttpRequest<?> request, Optional<Authentication> authentication) {
        try {
            return callerOf(request, authentication);
        } catch (AccessDenied refused) {
            return Optional.empty();
        }
    }

    /**
     * The signed-in caller acting in the congress the request picks; none when nobody is signed in. Resolved once
     * per request (filters and the route ask alike), so a platform admin's choice is audited once.
     */
    Optional<ActingCaller> callerOf(HttpRequest<?> request) {
        return callerOf(request, request.getUserPrincipal(Authentication.class));
    }

    private Optional<ActingCaller> callerOf(HttpRequest<?> request, Optional<Authentication> authentication) {
        Optional<ActingCaller> resolved = request.getAttribute(RESOLVED, ActingCaller.class);
        if (resolved.isPresent()) {
            return resolved;
        }
        Optional<ActingCaller> caller = authentication.map(signedIn -> resolver.resolve(
                PrincipalMapper.toPrincipal(signedIn), request.getHeaders().findFirst(CONGRESS_HEADER)));
        caller.ifPresent(found -> request.setAttribute(RESOLVED, found));
        return caller;
    }
}
