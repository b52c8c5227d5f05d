package org.lvzhi.domain.duty;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.shared.Checks;

/**
 * An organised meeting or activity deputies are invited to (履职活动). Its type comes from the profile's
 * catalogue; whoever organises it registers who attended.
 */
public record DutyActivity(
        DutyActivityId id,
        TermId term,
        String type,
        String title,
        LocalDate date,
        Optional<String> place,
        Optional<UnitId> organiserUnit,
        String organisedBy,
        List<DeputyId> invited) {

    private static final int MAX_TITLE_LENGTH = 100;
    private static final int MAX_PLACE_LENGTH = 100;

    public DutyActivity {
        Checks.required("id", id);
        Checks.required("termId", term);
        Checks.text("type", type, DutyRecord.MAX_TYPE_LENGTH);
        title = Checks.text("title", title, MAX_TITLE_LENGTH);
        Checks.required("date", date);
        place = Checks.required("place", place).map(p -> Checks.text("place", p, MAX_PLACE_LENGTH));
        Checks.required("organiserUnitId", organiserUnit);
        Checks.required("organisedBy", organisedBy);
        invited = List.copyOf(Checks.required("invited", invited));
    }

    public boolean invites(DeputyId deputy) {
        return invited.contains(deputy);
    }
}
