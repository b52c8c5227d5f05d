package org.lvzhi.adapter.persistence.imports;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lvzhi.application.imports.port.out.ImportFingerprintPort;
import org.lvzhi.application.imports.port.out.ImportKind;

/** The acting congress's imported-row fingerprints in {@code import_fingerprint} (row-level security applies). */
@Singleton
class ImportFingerprintAdapter implements ImportFingerprintPort {

    /** Fingerprints looked up per query: a 50,000-row file takes a few round trips, not one per row. */
    private static final int BATCH = 5_000;

    private final JdbcOperations jdbc;
    private final Clock clock;

    ImportFingerprintAdapter(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Set<String> imported(ImportKind kind, Collection<String> fingerprints) {
        List<String> all = List.copyOf(fingerprints);
        Set<String> known = new HashSet<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            known.addAll(jdbc.prepareStatement(
                    "SELECT fingerprint FROM import_fingerprint WHERE kind = ? AND fingerprint = ANY (?)", statement -> {
                        statement.setString(1, kind.name());
                        statement.setArray(2, statement.getConnection().createArrayOf("text", batch.toArray()));
                        try (var rows = statement.executeQuery()) {
                            Set<String> found = new HashSet<>();
                            while (rows.next()) {
                                found.add(rows.getString(1));
                            }
                            return found;
                        }
                    }));
        }
        return known;
    }

    @Override
    public boolean remember(ImportKind kind, String fingerprint, String createdId, String importedBy) {
        return jdbc.prepareStatement("INSERT INTO import_fingerprint (kind, fingerprint, created_id, imported_at, imported_by) "
                + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", statement -> {
                    statement.setString(1, kind.name());
                    statement.setString(2, fingerprint);
                    statement.setString(3, createdId);
                    statement.setTimestamp(4, Timestamp.from(clock.instant()));
                    statement.setString(5, importedBy);
                    return statement.executeUpdate() == 1;
                });
    }
}
