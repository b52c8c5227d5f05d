package org.lvzhi.adapter.persistence.policy;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.lvzhi.adapter.persistence.shared.SqlStates;
import org.lvzhi.application.policy.port.out.ProfileVersionsPort;
import org.lvzhi.application.policy.port.out.StaleProfileVersion;
import org.lvzhi.application.policy.port.out.StoredProfileVersion;

/** Profile versions in {@code policy_profile_version}; written only under the owner's own tenant context. */
@Singleton
class ProfileVersionAdapter implements ProfileVersionsPort {

    private static final String UNIQUE_VIOLATION = "23505";

    private final JdbcOperations jdbc;

    ProfileVersionAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<StoredProfileVersion> versions(String owner) {
        return jdbc.prepareStatement(
                "SELECT version, document, saved_at, saved_by FROM policy_profile_version WHERE tenant_id = ? ORDER BY version",
                statement -> {
                    statement.setString(1, owner);
                    try (var rows = statement.executeQuery()) {
                        List<StoredProfileVersion> versions = new java.util.ArrayList<>();
                        while (rows.next()) {
                            versions.add(new StoredProfileVersion(rows.getInt(1), rows.getString(2),
                                    rows.getTimestamp(3).toInstant(), rows.getString(4)));
                        }
                        return versions;
                    }
                });
    }

    @Override
    public void add(StoredProfileVersion version) {
        try {
            jdbc.prepareStatement(
                    "INSERT INTO policy_profile_version (version, document, saved_at, saved_by) VALUES (?, ?, ?, ?)",
                    statement -> {
                        statement.setInt(1, version.number());
                        statement.setString(2, version.document());
                        statement.setTimestamp(3, Timestamp.from(version.savedAt()));
                        statement.setString(4, version.savedBy());
                        return statement.executeUpdate();
                    });
        } catch (RuntimeException failure) {
            if (SqlStates.of(failure).filter(UNIQUE_VIOLATION::equals).isPresent()) {
                throw new StaleProfileVersion(version.number(), Optional.of(version.number() - 1),
                        "version " + version.number() + " was saved concurrently");
            }
            throw failure;
        }
    }
}
