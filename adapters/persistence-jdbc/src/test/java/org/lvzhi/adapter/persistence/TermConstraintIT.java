package org.lvzhi.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lvzhi.adapter.persistence.testing.TestDatabase;
import org.lvzhi.application.congress.port.out.LoadTermsPort;
import org.lvzhi.application.congress.port.out.SaveCongressPort;
import org.lvzhi.application.congress.port.out.SaveTermPort;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.congress.Congress;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.Level;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.shared.InvariantViolation;
import org.lvzhi.domain.shared.Name;

@MicronautTest(transactional = false, startApplication = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TermConstraintIT implements TestPropertyProvider {

    @Inject TransactionPort transactions;
    @Inject SaveCongressPort congresses;
    @Inject SaveTermPort saveTerm;
    @Inject LoadTermsPort loadTerms;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.instance().properties();
    }

    @Test
    @DisplayName("two overlapping terms registered at the same moment: the database refuses the second on startsOn")
    void overlappingTermsAreRefusedByTheDatabase() {
        CongressId congress = new CongressId("terms-" + UUID.randomUUID().toString().substring(0, 8));
        congresses.add(new Congress(congress, new Name("某县人大"), Level.COUNTY, Optional.empty()));
        Term first = new Term(TermId.random(), 1, LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31));
        Term overlapping = new Term(TermId.random(), 2, LocalDate.of(2025, 12, 31), LocalDate.of(2030, 12, 31));
        Term adjacent = new Term(TermId.random(), 3, LocalDate.of(2031, 1, 1), LocalDate.of(2035, 12, 31));
        transactions.inCongress(congress, () -> {
            saveTerm.add(first);
            return null;
        });

        // Both passed the domain check against the terms they saw; only the database sees them both.
        InvariantViolation refused = catchThrowableOfType(InvariantViolation.class,
                () -> transactions.inCongress(congress, () -> {
                    saveTerm.add(overlapping);
                    return null;
                }));
        transactions.inCongress(congress, () -> {
            saveTerm.add(adjacent);
            return null;
        });

        assertThat(refused.violations()).singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("startsOn"));
        assertThat(transactions.readInCongress(congress, () -> loadTerms.calendar().terms()))
                .extracting(Term::number).containsExactly(1, 3);
    }
}
