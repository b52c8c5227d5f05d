package org.lvzhi.domain.supervision;

import java.util.List;

/** A trigger that fired: the key identifying what fired, and the evidence to show for it. */
record Firing(String key, List<String> evidence) {

    Firing {
        evidence = List.copyOf(evidence);
    }
}
