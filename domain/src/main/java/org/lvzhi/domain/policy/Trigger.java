package org.lvzhi.domain.policy;

import java.util.List;
import java.util.Optional;

/**
 * When a supervision rule fires. UNAPPROVED_ABSENCE counts absences without approved leave from {@code from};
 * MISSING_RECORDS fires when, in {@code consecutive} windows in a row, the deputy has no record of ANY or of
 * ALL of the {@code groups} (QH-11.4 needs both a speech and a suggestion missing, DC-9.2 either);
 * DISCRETIONARY cases are opened by staff. With {@code atSession}, MISSING_RECORDS looks only at records dated
 * during the congress's sessions ("在…人民代表大会会议期间", QH-11.4, DC-9.2), and a year without a session breaks a run.
 * RANKING fires on the deputy's points score in each completed window as its {@code ranking} asks (a rank, a band, a
 * score below an edge), for {@code consecutive} windows in a row.
 */
public record Trigger(
        String type,
        List<String> from,
        List<List<String>> groups,
        Optional<String> missing,
        Optional<Integer> consecutive,
        Window window,
        boolean confirmedOnly,
        boolean atSession,
        Optional<Ranking> ranking) {

    public Trigger {
        from = Absent.orEmpty(from);
        groups = Absent.orEmpty(groups).stream().map(List::copyOf).toList();
        missing = Absent.orEmpty(missing);
        consecutive = Absent.orEmpty(consecutive);
        ranking = Absent.orEmpty(ranking);
    }
}
