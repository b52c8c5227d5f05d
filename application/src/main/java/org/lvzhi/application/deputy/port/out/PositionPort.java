package org.lvzhi.application.deputy.port.out;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.deputy.PersonId;
import org.lvzhi.domain.deputy.PositionAssignment;

/** The offices held in the acting congress. */
public interface PositionPort {

    void add(PositionAssignment assignment);

    Page<PositionView> list(PageRequest page);

    /** The offices the person holds in the acting congress on the date. */
    List<PositionAssignment> heldBy(PersonId person, LocalDate on);

    /** The offices these persons hold in the acting congress on the date; one read. */
    List<PositionAssignment> heldBy(Collection<PersonId> persons, LocalDate on);

    /** The offices the person signing in with the login holds in the acting congress on the date; one statement. */
    List<PositionAssignment> heldBy(Login login, LocalDate on);
}
