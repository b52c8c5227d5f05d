package org.lvzhi.application.archive.port.in;

import java.time.LocalDate;
import org.lvzhi.domain.congress.CongressId;

/** The nightly run for one congress: supervision rules for every serving deputy and the compliance overview. */
public interface NightlyEvaluationUseCase {

    /** Answers how many cases the run opened. */
    int evaluate(CongressId congress, LocalDate on);
}
