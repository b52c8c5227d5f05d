package org.lvzhi.application.report.port.out;

import org.lvzhi.domain.deputy.DeputyId;

/** A serving deputy who has not submitted the year's report: whether a draft exists or nothing at all. */
public record OutstandingReport(DeputyId deputy, String name, boolean drafted) {

}
