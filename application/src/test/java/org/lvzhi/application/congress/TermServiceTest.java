package org.lvzhi.application.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.lvzhi.application.testing.TestData.HUNAN;
import static org.lvzhi.application.testing.TestData.QINGHAI;
import static org.lvzhi.application.testing.ViolationAssertions.violationOf;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.congress.port.in.OpenTermCommand;
import org.lvzhi.application.testing.InMemoryTerms;
import org.lvzhi.application.testing.InMemoryTransactions.UnitOfWork;
import org.lvzhi.application.testing.InMemoryTransactions;
import org.lvzhi.application.testing.RecordingNotifications;
import org.lvzhi.application.testing.TestData;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.shared.Violation;

class TermServiceTest {

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryTerms terms = new InMemoryTerms(transactions);
    private final RecordingNotifications notifications = new RecordingNotifications();
    private final TermService service = new TermService(transactions, terms, terms, notifications);

    private Term fourteenth;

    @BeforeEach
    void qinghaiHasItsFourteenthTerm() {
        fourteenth = terms.seed(QINGHAI, TestData.term(14, 2023));
    }

    @Test
    @DisplayName("opening a term stores it in the acting congress, in a writing unit of work, and tells the congress's webhooks")
    void openStoresInActingCongress() {
        Term opened = service.open(QINGHAI, OpenTermCommand.of(15, LocalDate.of(2028, 1, 15), LocalDate.of(2033, 1, 14)));

        assertThat(terms.stored(QINGHAI)).containsExactly(fourteenth, opened);
        assertThat(transactions.log()).containsExactly(new UnitOfWork(QINGHAI, false));
        assertThat(notifications.sent()).singleElement().satisfies(n -> {
            assertThat(n.congress()).isEqualTo(QINGHAI);
            assertThat(n.event()).isEqualTo("term.opened");
            assertThat(n.recipients()).isEmpty();
            assertThat(n.data()).containsOnly(entry("termId", opened.id().toString()), entry("number", 15),
                    entry("startsOn", "2028-01-15"), entry("endsOn", "2033-01-14"));
        });
    }

    @Test
    @DisplayName("a term overlapping an existing one is refused and not saved")
    void overlappingTermIsRefused() {
        Violation violation = violationOf(() ->
                service.open(QINGHAI, OpenTermCommand.of(15, LocalDate.of(2027, 6, 1), LocalDate.of(2032, 5, 31))));

        assertThat(violation.field()).isEqualTo("startsOn");
        assertThat(violation.message()).contains("14");
        assertThat(terms.stored(QINGHAI)).containsExactly(fourteenth);
    }

    @Test
    @DisplayName("a term with a number already taken is refused and not saved")
    void duplicateNumberIsRefused() {
        Violation violation = violationOf(() ->
                service.open(QINGHAI, OpenTermCommand.of(14, LocalDate.of(2028, 1, 15), LocalDate.of(2033, 1, 14))));

        assertThat(violation.field()).isEqualTo("number");
        assertThat(terms.stored(QINGHAI)).containsExactly(fourteenth);
    }

    @Test
    @DisplayName("another congress's terms neither block nor show up in the acting congress")
    void otherCongressTermsAreInvisible() {
        Term hunanFourteenth = service.open(HUNAN, OpenTermCommand.of(14, LocalDate.of(2023, 1, 15), LocalDate.of(2028, 1, 14)));

        assertThat(service.list(HUNAN)).containsExactly(hunanFourteenth);
        assertThat(service.list(QINGHAI)).containsExactly(fourteenth);
    }

    @Test
    @DisplayName("listing terms reads in a read-only unit of work of the acting congress")
    void listReadsOnly() {
        service.list(QINGHAI);

        assertThat(transactions.log()).containsExactly(new UnitOfWork(QINGHAI, true));
    }
}
