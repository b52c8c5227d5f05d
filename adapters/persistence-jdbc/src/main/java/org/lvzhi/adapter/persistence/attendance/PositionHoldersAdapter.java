package org.lvzhi.adapter.persistence.attendance;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.attendance.port.out.PositionHoldersPort;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.deputy.Person;
import org.lvzhi.domain.deputy.PersonId;
import org.lvzhi.domain.deputy.Position;
import org.lvzhi.domain.shared.Name;

@Singleton
class PositionHoldersAdapter implements PositionHoldersPort {

    private final PositionHolderRepository holders;

    PositionHoldersAdapter(PositionHolderRepository holders) {
        this.holders = holders;
    }

    @Override
    public List<Person> holders(Position position, LocalDate on) {
        return holders.holders(position.name(), on).stream()
                .map(row -> new Person(new PersonId(row.id()), new Name(row.name()), Optional.ofNullable(row.login()).map(Login::new)))
                .toList();
    }
}
