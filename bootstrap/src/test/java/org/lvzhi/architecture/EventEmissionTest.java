package org.lvzhi.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every use case that changes a congress's state sends its event (see {@link EventEmission} for how that is read). The
 * contexts exempted keep the platform's own books rather than a congress's business: accounts and identities (audited
 * on their own), notification delivery, idempotency keys, rate limits, operations, statistics and reports, imports
 * (their rows go through the context's use case or are announced by the importer; the job itself is its report) and
 * the deadline clocks (their notices are the deadline events, sent by the poller). A few use cases write without a
 * change anyone outside should hear of: a deputy's suggestion draft is theirs alone until submitted
 * ({@code suggestion.submitted}), and staff dismissing a merge candidate only clear a hint of the duplicate finder,
 * the suggestion's state unchanged.
 */
class EventEmissionTest {

    private static final Set<String> BOOKKEEPING = Set.of("access", "account", "identity", "notification", "idempotency",
            "ratelimit", "operations", "statistics", "report", "imports", "deadline");
    private static final Set<String> UNANNOUNCED = Set.of("FilingService.draft", "FilingService.revise",
            "ScreeningService.dismissMerge");

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.lvzhi.application");

    private static final JavaClasses VIOLATIONS = new ClassFileImporter()
            .importPackages("org.lvzhi.architecture.violations.application.delta");

    @Test
    @DisplayName("every use case that saves a change of a congress's state sends an event")
    void everyChangeSendsItsEvent() {
        assertThat(EventEmission.silentUseCases(PRODUCTION, "org.lvzhi.application", BOOKKEEPING))
                .allSatisfy(silent -> assertThat(silent.substring(0, silent.indexOf(' '))).isIn(UNANNOUNCED));
    }

    @Test
    @DisplayName("a use case that saves a change, even inside a lambda, and sends nothing is found; one that sends is not")
    void aSilentChangeIsFound() {
        assertThat(EventEmission.silentUseCases(VIOLATIONS, "org.lvzhi.architecture.violations.application", Set.of()))
                .containsExactly("DeltaService.change writes DeltaPort.update");
    }
}
