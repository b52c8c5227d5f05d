package org.lvzhi.architecture.violations.domain;

import io.micronaut.core.annotation.Introspected;

/** Deliberately breaks the domain rule: a domain class annotated for the framework. */
@Introspected
public record FrameworkAwareTerm(int number) {
}
