package org.lvzhi.adapter.web.shared;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.lvzhi.application.shared.Principal;

/**
 * Gives any controller of the platform (the console's pages, which pick their congress themselves) the signed-in
 * {@link Principal} read by the one claim contract; unsatisfied when nobody is signed in.
 */
@Singleton
class PrincipalBinder implements TypedRequestArgumentBinder<Principal> {

    @Override
    public Argument<Principal> argumentType() {
        return Argument.of(Principal.class);
    }

    @Override
    public BindingResult<Principal> bind(ArgumentConversionContext<Principal> context, HttpRequest<?> request) {
        Optional<Principal> principal = request.getUserPrincipal(Authentication.class).map(PrincipalMapper::toPrincipal);
        return principal.isEmpty() ? BindingResult.unsatisfied() : () -> principal;
    }
}
