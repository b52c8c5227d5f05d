package org.lvzhi.domain.compliance;

import java.math.BigDecimal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComplianceTest {

    private static final LocalDate ON = LocalDate.of(2026, 6, 30);

    @Test
    void theWorstStatusOfAllQuotasIsTheDeputysStanding() {
        Compliance compliance = new Compliance(ON, List.of(verdict("A", QuotaStatus.MET), verdict("B", QuotaStatus.AT_RISK),
                verdict("C", QuotaStatus.ON_TRACK)));

        assertThat(compliance.worst()).isEqualTo(QuotaStatus.AT_RISK);
    }

    @Test
    void aDeputyNoQuotaAppliesToStandsMet() {
        assertThat(new Compliance(ON, List.of()).worst()).isEqualTo(QuotaStatus.MET);
    }

    private static QuotaVerdict verdict(String rule, QuotaStatus status) {
        return new QuotaVerdict(rule, "第一条", "", List.of("TRAINING"), BigDecimal.ZERO, Optional.empty(), 1, Optional.empty(),
                new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), status, false);
    }
}
