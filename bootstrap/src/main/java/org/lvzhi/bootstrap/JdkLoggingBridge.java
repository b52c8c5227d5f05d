package org.lvzhi.bootstrap;

import io.micronaut.context.annotation.Context;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The application and domain log through java.util.logging (they may not depend on a logging library): route
 * those lines into Logback, so they carry the request's MDC and take the configured format (TEXT or JSON).
 */
@Context
class JdkLoggingBridge {

    JdkLoggingBridge() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }
}
