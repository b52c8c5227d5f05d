package org.lvzhi.adapter.persistence.testing;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The clock the adapters that stamp rows take, which the application supplies in {@code bootstrap}: here only when
 * {@link TenantIT} asks for it, so that the bootstrap tests, which carry this module's test classes, keep theirs.
 */
@Factory
@Requires(property = TestClock.PROPERTY, value = "true")
public class TestClock {

    static final String PROPERTY = "lvzhi.persistence-test.clock";

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
