package org.lvzhi.domain.policy;

import java.util.List;
import java.util.Optional;

/** Normalises what a profile document leaves out: an absent list is empty, an absent value is empty. */
final class Absent {

    private Absent() {
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    static <T> Optional<T> orEmpty(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }
}
