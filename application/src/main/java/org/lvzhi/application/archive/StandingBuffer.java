package org.lvzhi.application.archive;

import java.util.LinkedHashMap;
import java.util.Map;
import org.lvzhi.application.archive.port.out.ComplianceStandingPort;
import org.lvzhi.domain.compliance.Compliance;
import org.lvzhi.domain.deputy.DeputyId;

/** Collects standings and stores them a thousand at a time, so a province's overview is not 100,000 round trips. */
final class StandingBuffer {

    private static final int BATCH = 1_000;

    private final ComplianceStandingPort standings;
    private final Map<DeputyId, Compliance> pending = new LinkedHashMap<>();

    StandingBuffer(ComplianceStandingPort standings) {
        this.standings = standings;
    }

    void add(DeputyId deputy, Compliance compliance) {
        pending.put(deputy, compliance);
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    void flush() {
        if (!pending.isEmpty()) {
            standings.saveAll(Map.copyOf(pending));
            pending.clear();
        }
    }
}
