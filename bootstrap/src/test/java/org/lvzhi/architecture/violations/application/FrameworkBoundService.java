package org.lvzhi.architecture.violations.application;

import io.micronaut.context.ApplicationContext;

/** Deliberately breaks the application rule: a use case reaching for the framework. */
public class FrameworkBoundService {

    public boolean running(ApplicationContext context) {
        return context.isRunning();
    }
}
