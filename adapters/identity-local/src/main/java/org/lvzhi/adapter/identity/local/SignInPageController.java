package org.lvzhi.adapter.identity.local;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
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
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.net.URI;
import java.time.Duration;
import org.lvzhi.adapter.page.BrowserPage;
import org.lvzhi.application.account.port.in.IssuedSession;
import org.lvzhi.application.account.port.in.SignInRefused;
import org.lvzhi.application.account.port.in.SignInUseCase;
import org.lvzhi.application.account.port.out.AccountSettings;

/**
 * Browser sign-in for the local identity: the sign-in page, whose session is the access token in an HttpOnly,
 * SameSite=Lax cookie (Secure whenever the platform's public address is https, i.e. outside local development),
 * which Micronaut Security reads like a bearer token; and sign-out (here or everywhere). The page an invitation link
 * opens is InvitationController's. State-changing requests with the cookie pass the strict Origin check first
 * (CrossSiteRequestFilter).
 */
@Controller
@Requires(notEnv = "keycloak")
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
class SignInPageController {

    private final SignInUseCase signIn;
    private final String cookieName;
    private final boolean secure;

    SignInPageController(SignInUseCase signIn, AccountSettings settings,
                         @Value("${lvzhi.session-cookie:LVZHI_SESSION}") String cookieName) {
        this.signIn = signIn;
        this.cookieName = cookieName;
        this.secure = "https".equalsIgnoreCase(settings.publicUrl().getScheme());
    }

    @Get("/sign-in")
    String page(@Nullable Authentication authentication) {
        return authentication == null ? SignInPages.signIn("") : SignInPages.signedIn(authentication.getName());
    }

    @Post(value = "/sign-in", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<String> signIn(@Body SignInForm form) {
        try {
            IssuedSession session = signIn.signIn(form.username(), form.password());
            // Signed in, the browser opens the console.
            return HttpResponse.<String>seeOther(URI.create("/"))
                    .cookie(session(session.accessToken(), Duration.ofSeconds(session.expiresInSeconds())));
        } catch (SignInRefused refused) {
            String reason = refused.reason().map(BrowserPage::escape).orElseGet(() -> SignInPages.text("sign-in.refused"));
            return HttpResponse.<String>status(HttpStatus.UNAUTHORIZED).body(SignInPages.signIn(reason));
        }
    }

    @Post(value = "/sign-out", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<String> signOut(@Nullable Authentication authentication, @Nullable @Body SignOutForm form) {
        if (authentication != null) {
            signIn.signOut(authentication.getName(), LocalAuthController.session(authentication), form != null && "true".equals(form.everywhere()));
        }
        return HttpResponse.ok(SignInPages.signIn(SignInPages.text("signed-out"))).cookie(session("", Duration.ZERO));
    }

    private Cookie session(String token, Duration maxAge) {
        return Cookie.of(cookieName, token).httpOnly(true).secure(secure).sameSite(SameSite.Lax).path("/").maxAge(maxAge);
    }

    @Serdeable
    record SignInForm(@Nullable String username, @Nullable String password) {
    }

    @Serdeable
    record SignOutForm(@Nullable String everywhere) {
    }
}
