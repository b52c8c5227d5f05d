package org.lvzhi.adapter.persistence.archive;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.lvzhi.application.archive.port.out.ComplianceCountsPort;
import org.lvzhi.domain.compliance.CountingPlan;
import org.lvzhi.domain.compliance.DeputyAttributes;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.Constituency;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.Position;

/** Answers a counting plan for every serving deputy of a term with {@link TallyQuery}, streaming the rows. */
@Singleton
class ComplianceCountsAdapter implements ComplianceCountsPort {

    private final JdbcOperations jdbc;

    ComplianceCountsAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void countAll(TermId term, CountingPlan plan, LocalDate on, Consumer<CountedDeputy> perDeputy) {
        jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(TallyQuery.SQL)) {
                TallyQuery.bind(connection, statement, term, plan, on);
                statement.setFetchSize(2_000);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        perDeputy.accept(counted(rows));
                    }
                }
            }
            return null;
        });
    }

    private static CountedDeputy counted(ResultSet row) throws SQLException {
        Map<String, BigDecimal> counts = new HashMap<>();
        Array keys = row.getArray("keys");
        if (keys != null) {
            String[] keyValues = (String[]) keys.getArray();
            BigDecimal[] countValues = (BigDecimal[]) row.getArray("counts").getArray();
            for (int i = 0; i < keyValues.length; i++) {
                counts.put(keyValues[i], countValues[i]);
            }
        }
        DeputyAttributes attributes = new DeputyAttributes(row.getBoolean("grassroots"), row.getBoolean("military"),
                Constituency.valueOf(row.getString("constituency")), positions(row.getArray("positions")));
        return new CountedDeputy(new DeputyId(row.getObject("id", UUID.class)), attributes,
                tally -> counts.getOrDefault(tally.key(), BigDecimal.ZERO));
    }

    private static Set<Position> positions(Array held) throws SQLException {
        Set<Position> positions = EnumSet.noneOf(Position.class);
        if (held != null) {
            for (String position : (String[]) held.getArray()) {
                positions.add(Position.valueOf(position));
            }
        }
        return positions;
    }
}
