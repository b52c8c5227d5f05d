package org.lvzhi.adapter.persistence.policy;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.lvzhi.application.policy.port.out.ProfileAuditEntry;
import org.lvzhi.application.policy.port.out.ProfileAuditPort;

/** The acting congress's profile audit in {@code policy_profile_audit}; changes are stored one per line. */
@Singleton
class ProfileAuditAdapter implements ProfileAuditPort {

    private final JdbcOperations jdbc;

    ProfileAuditAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(ProfileAuditEntry entry) {
        jdbc.prepareStatement(
                "INSERT INTO policy_profile_audit (version, saved_at, saved_by, changes) VALUES (?, ?, ?, ?)",
                statement -> {
                    statement.setInt(1, entry.version());
                    statement.setTimestamp(2, Timestamp.from(entry.savedAt()));
                    statement.setString(3, entry.savedBy());
                    statement.setString(4, String.join("\n", entry.changes()));
                    return statement.executeUpdate();
                });
    }

    @Override
    public List<ProfileAuditEntry> entries() {
        return jdbc.prepareStatement(
                "SELECT tenant_id, version, saved_at, saved_by, changes FROM policy_profile_audit ORDER BY version, tenant_id",
                statement -> {
                    try (var rows = statement.executeQuery()) {
                        List<ProfileAuditEntry> entries = new ArrayList<>();
                        while (rows.next()) {
                            entries.add(new ProfileAuditEntry(rows.getString(1), rows.getInt(2), rows.getTimestamp(3).toInstant(),
                                    rows.getString(4), List.of(rows.getString(5).split("\n"))));
                        }
                        return entries;
                    }
                });
    }
}
