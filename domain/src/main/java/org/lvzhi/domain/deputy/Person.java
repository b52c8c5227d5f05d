package org.lvzhi.domain.deputy;

import java.util.Optional;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Name;

/**
 * A natural person, platform-wide: the same person may sit in several congresses, each seat being a
 * {@link Deputy}. A person with a login can sign in.
 */
public record Person(PersonId id, Name name, Optional<Login> login) {

    public Person {
        Checks.required("id", id);
        Checks.required("name", name);
        Checks.required("login", login);
    }

    public Person renamed(Name newName) {
        return new Person(id, newName, login);
    }
}
