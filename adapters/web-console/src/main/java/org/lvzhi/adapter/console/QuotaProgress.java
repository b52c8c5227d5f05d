package org.lvzhi.adapter.console;

import org.lvzhi.domain.compliance.QuotaVerdict;

/** A quota as a progress bar: what is counted, how far along, what is still missing, and the article it rests on. */
public record QuotaProgress(String summary, String article, long count, int minimum, long missing, int percent,
                            String status, String statusLabel, String window) {

    static QuotaProgress of(QuotaVerdict verdict) {
        long missing = Math.max(0, verdict.minimum() - verdict.count());
        int percent = verdict.minimum() == 0 ? 100 : (int) Math.min(100, verdict.count() * 100 / verdict.minimum());
        return new QuotaProgress(verdict.summary(), verdict.article(), verdict.count(), verdict.minimum(), missing, percent,
                verdict.status().name(), ConsoleText.label(verdict.status()),
                ConsoleText.text("quota.window", ConsoleText.date(verdict.window().from()), ConsoleText.date(verdict.window().to())));
    }
}
