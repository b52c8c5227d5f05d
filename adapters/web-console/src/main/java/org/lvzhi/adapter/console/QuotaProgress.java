package org.lvzhi.adapter.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.lvzhi.domain.compliance.QuotaVerdict;

/**
 * A quota as a progress bar: what is counted (in the quota's unit, or times), how far along, what is still missing,
 * and the article it rests on.
 */
public record QuotaProgress(String summary, String article, String count, int minimum, String missing, boolean wanting,
                            int percent, String status, String statusLabel, String window) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static QuotaProgress of(QuotaVerdict verdict) {
        BigDecimal minimum = BigDecimal.valueOf(verdict.minimum());
        BigDecimal missing = minimum.subtract(verdict.count()).max(BigDecimal.ZERO);
        int percent = verdict.minimum() == 0 ? 100
                : verdict.count().multiply(HUNDRED).divide(minimum, 0, RoundingMode.DOWN).min(HUNDRED).intValue();
        String unit = verdict.unit().map(ConsoleText::label).orElse(ConsoleText.text("quota.times"));
        return new QuotaProgress(verdict.summary(), verdict.article(), verdict.count().toPlainString(), verdict.minimum(),
                missing.stripTrailingZeros().toPlainString() + " " + unit, missing.signum() > 0, percent,
                verdict.status().name(), ConsoleText.label(verdict.status()),
                ConsoleText.text("quota.window", ConsoleText.date(verdict.window().from()), ConsoleText.date(verdict.window().to())));
    }
}
