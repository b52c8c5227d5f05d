package org.lvzhi.domain.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.policy.PointsEntry;
import org.lvzhi.domain.policy.Window;

/** Keeps, per points entry, the dates of the records that scored, to tell whether the next one is within the cap. */
final class PointsCaps {

    private final Term term;
    private final Window schemeWindow;
    private final Map<String, List<LocalDate>> scored = new HashMap<>();
    private final Map<String, CountingWindow> windows = new HashMap<>();

    PointsCaps(Term term, Window schemeWindow) {
        this.term = term;
        this.schemeWindow = schemeWindow;
    }

    /** Records a record of the entry dated on the date as scoring, unless its cap window already holds the cap. */
    boolean admit(PointsEntry entry, LocalDate date) {
        List<LocalDate> kept = scored.computeIfAbsent(entry.type(), type -> new ArrayList<>());
        if (entry.cap().isPresent()) {
            DateRange window = windows.computeIfAbsent(entry.type(), type -> CountingWindow.of(entry.capWindow().orElse(schemeWindow)))
                    .over(term, date);
            if (kept.stream().filter(window::contains).count() >= entry.cap().get()) {
                return false;
            }
        }
        kept.add(date);
        return true;
    }
}
