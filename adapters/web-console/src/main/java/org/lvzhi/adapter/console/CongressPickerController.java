package org.lvzhi.adapter.console;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.View;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.lvzhi.application.congress.port.in.CongressQueries;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.Principal;
import org.lvzhi.domain.congress.Congress;

/**
 * The congress picker for a person who may act in several congresses (a platform admin: in any). The pick is only a
 * preference kept in a cookie; every page still asks the resolver whether the session grants it.
 */
@Controller("/congress")
@Secured(SecurityRule.IS_ANONYMOUS)
class CongressPickerController {

    private final CongressQueries congresses;
    private final boolean secure;

    CongressPickerController(CongressQueries congresses, @Value("${lvzhi.public-url:`http://localhost:8080`}") URI publicUrl) {
        this.congresses = congresses;
        this.secure = "https".equalsIgnoreCase(publicUrl.getScheme());
    }

    @Get
    @View("congresses")
    Map<String, Object> picker(@Nullable Principal principal) {
        Principal signedIn = ActingInCongress.signedIn(principal);
        List<Congress> choices = signedIn.has(AccessRole.PLATFORM_ADMIN)
                ? Page.all(congresses::all)
                : signedIn.congresses().stream().map(congresses::show).sorted(Comparator.comparing(c -> c.id().value())).toList();
        return Map.of("user", signedIn.subject(), "congresses", choices);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> pick(@Nullable Principal principal, @Body Pick pick) {
        ActingInCongress.signedIn(principal);
        return HttpResponse.seeOther(ActingInCongress.HOME).cookie(Cookie.of(ActingInCongress.CONGRESS_COOKIE, pick.congress())
                .httpOnly(true).secure(secure).sameSite(SameSite.Lax).path("/"));
    }

    @Serdeable
    record Pick(String congress) {
    }
}
