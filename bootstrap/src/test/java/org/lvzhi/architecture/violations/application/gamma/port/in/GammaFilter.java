package org.lvzhi.architecture.violations.application.gamma.port.in;

/** A use case's query, which a driven port must not name. */
public record GammaFilter(String state) {
}
