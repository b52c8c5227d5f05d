package org.lvzhi.bootstrap;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.logging.Logger;

/** A route that writes one line as the application does (java.util.logging), on the thread that serves it. */
@Controller("/test/log-probe")
@Requires(property = "lvzhi.test.log-probe", value = "true")
@Secured(SecurityRule.IS_AUTHENTICATED)
class LogProbeController {

    static final String LOGGER = "org.lvzhi.test.probe";

    @Get
    String probe() {
        Logger.getLogger(LOGGER).info("probe");
        return "ok";
    }
}
