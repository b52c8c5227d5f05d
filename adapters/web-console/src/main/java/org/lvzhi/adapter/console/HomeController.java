package org.lvzhi.adapter.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import java.util.Map;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Principal;

/** The console's home page: the desk's counts for the acting congress. Signed-out browsers go to the sign-in page. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class HomeController {

    private final ActingInCongress acting;
    private final Frames frames;
    private final Desk desk;

    HomeController(ActingInCongress acting, Frames frames, Desk desk) {
        this.acting = acting;
        this.frames = frames;
        this.desk = desk;
    }

    @Get
    @View("home")
    Map<String, Object> home(@Nullable Principal principal, HttpRequest<?> request) {
        ActingCaller caller = acting.caller(principal, request);
        return Map.of("frame", frames.of(caller, ConsoleText.text("home.title")), "tiles", desk.tiles(caller));
    }
}
