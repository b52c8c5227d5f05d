package org.lvzhi.adapter.console;

import org.lvzhi.application.archive.port.out.ComplianceStanding;

/** A line of the compliance list: a deputy, their worst quota status and when it was judged. */
public record StandingRow(String id, String name, String worst, String worstLabel, String evaluatedOn) {

    static StandingRow of(ComplianceStanding standing) {
        return new StandingRow(standing.deputy().value().toString(), standing.name(), standing.worst().name(),
                ConsoleText.label(standing.worst()), ConsoleText.date(standing.evaluatedOn()));
    }
}
