package org.lvzhi.domain.supervision;

import java.util.List;

/** A trigger that fired: the key identifying what fired, the evidence to show for it and the grounds it rests on. */
record Firing(String key, List<String> evidence, CaseGrounds grounds) {

    Firing {
        evidence = List.copyOf(evidence);
    }
}
