package org.lvzhi.application.attendance;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.domain.congress.TermId;

/**
 * The active deputies of a term, all of them, in the register's order (by name, then id): the order an attendance sheet
 * publishes them in. Read in keyset batches by id, each a range of the primary key, then sorted here: no count and
 * no offset however large the congress.
 */
@Singleton
class ActiveDeputies {

    private static final int BATCH = 1_000;
    /** The register's order as PostgreSQL sorts it under the C collation: names by code point, then ids as text. */
    private static final Comparator<DeputyView> REGISTER_ORDER = Comparator
            .comparing((DeputyView view) -> view.person().name().value(), ActiveDeputies::byCodePoint)
            .thenComparing(view -> view.deputy().id().value().toString());

    private final LoadDeputyPort deputies;

    ActiveDeputies(LoadDeputyPort deputies) {
        this.deputies = deputies;
    }

    List<DeputyView> of(TermId term) {
        List<DeputyView> all = new ArrayList<>();
        List<DeputyView> batch;
        do {
            batch = deputies.servingAfter(term, all.isEmpty() ? Optional.empty() : Optional.of(all.getLast().deputy().id()), BATCH);
            all.addAll(batch);
        } while (batch.size() == BATCH);
        all.sort(REGISTER_ORDER);
        return all;
    }

    private static int byCodePoint(String a, String b) {
        return Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }
}
