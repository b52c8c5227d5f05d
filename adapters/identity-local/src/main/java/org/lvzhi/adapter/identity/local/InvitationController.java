package org.lvzhi.adapter.identity.local;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.util.stream.Collectors;
import org.lvzhi.adapter.page.BrowserPage;
import org.lvzhi.application.account.port.in.AcceptInvitationUseCase;
import org.lvzhi.domain.shared.InvariantViolation;
import org.lvzhi.domain.shared.Violation;

/**
 * Where an invitation or reset link leads: the page that sets the password ({@code /invitation?token=…}) and the
 * same for API clients. The platform's own links serve both identities (Keycloak's users choose their first
 * password here too), so this controller is there in every environment.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class InvitationController {

    private final AcceptInvitationUseCase invitations;

    InvitationController(AcceptInvitationUseCase invitations) {
        this.invitations = invitations;
    }

    @Post("/api/v1/auth/invitations/acceptance")
    @Status(HttpStatus.NO_CONTENT)
    void accept(@Body Acceptance acceptance) {
        invitations.accept(acceptance.token(), acceptance.password());
    }

    @Get("/invitation")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    String invitation(@Nullable @QueryValue String token) {
        return SignInPages.invitation(token == null ? "" : token, "");
    }

    @Post(value = "/invitation", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    MutableHttpResponse<String> setPassword(@Body Acceptance form) {
        try {
            invitations.accept(form.token(), form.password());
            return HttpResponse.ok(SignInPages.passwordSet());
        } catch (InvariantViolation invalid) {
            String reasons = invalid.violations().stream().map(Violation::message).map(BrowserPage::escape).collect(Collectors.joining("；"));
            return HttpResponse.<String>status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(SignInPages.invitation(form.token() == null ? "" : form.token(), reasons));
        }
    }

    @Serdeable
    record Acceptance(@Nullable String token, @Nullable String password) {
    }
}
