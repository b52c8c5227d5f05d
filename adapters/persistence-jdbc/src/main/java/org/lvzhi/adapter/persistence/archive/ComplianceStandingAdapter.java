package org.lvzhi.adapter.persistence.archive;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.adapter.persistence.shared.Statements;
import org.lvzhi.application.archive.port.out.ComplianceStanding;
import org.lvzhi.application.archive.port.out.ComplianceStandingPort;
import org.lvzhi.application.archive.port.out.StandingFilter;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.domain.compliance.Compliance;
import org.lvzhi.domain.compliance.QuotaStatus;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.DeputyId;

@Singleton
class ComplianceStandingAdapter implements ComplianceStandingPort {

    /**
     * The standings, filtered. The severity (the worst status's place in {@link QuotaStatus}, which rises with concern)
     * and the deputy's name are the standing's own columns: a page walks {@code compliance_standing_page} worst first,
     * then by name, and stops after its rows. A unit filter reads the unit's deputies first (its own index) and their
     * standings by key, then sorts those: walking the standings and probing each deputy would read the whole congress
     * when the unit's deputies stand alike. Without one (the parameter NULL, each statement planned for its own values)
     * no deputy is read at all.
     */
    private static final String FROM = " FROM compliance_standing s"
            + " WHERE (CAST(? AS smallint) IS NULL OR s.severity = ?)"
            + " AND (CAST(? AS uuid) IS NULL OR " + deputyIn("deputy_group_id") + ")"
            + " AND (CAST(? AS uuid) IS NULL OR " + deputyIn("delegation_id") + ")"
            + " AND (CAST(? AS uuid) IS NULL OR " + deputyIn("liaison_station_id") + ")";

    private static final String COLUMNS = "SELECT s.severity, s.deputy_id, s.name, s.evaluated_on, s.worst_status,"
            + " s.verdicts::text AS verdicts";

    private final JdbcOperations jdbc;
    private final ObjectMapper json;

    ComplianceStandingAdapter(JdbcOperations jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void saveAll(Map<DeputyId, Compliance> standings) {
        jdbc.prepareStatement("""
                INSERT INTO compliance_standing (deputy_id, evaluated_on, worst_status, verdicts) VALUES (?, ?, ?, CAST(? AS jsonb))
                ON CONFLICT (tenant_id, deputy_id)
                DO UPDATE SET evaluated_on = excluded.evaluated_on, worst_status = excluded.worst_status, verdicts = excluded.verdicts""",
                statement -> {
                    for (var standing : standings.entrySet()) {
                        Compliance compliance = standing.getValue();
                        statement.setObject(1, standing.getKey().value());
                        statement.setDate(2, Date.valueOf(compliance.on()));
                        statement.setString(3, compliance.worst().name());
                        statement.setString(4, write(compliance.quotas().stream()
                                .map(v -> new StoredLine(v.rule(), v.article(), v.count(), v.minimum(), v.status().name())).toList()));
                        statement.addBatch();
                    }
                    return statement.executeBatch();
                });
    }

    /**
     * The page after the cursor's (severity, name, deputy): the rest of the cursor's severity by name, then the lower
     * severities worst first. Each branch is one range of {@code compliance_standing_page} stopping after the page's
     * rows (one row comparison cannot mix the descending severity with the ascending name), and only those at most
     * twice {@code size + 1} rows are sorted. The first page starts after a severity above any.
     */
    @Override
    public Slice<ComplianceStanding> list(StandingFilter filter, KeysetRequest page) {
        Key after = page.afterKey(3, parts -> new Key(Integer.parseInt(parts.get(0)), parts.get(1), UUID.fromString(parts.get(2))))
                .orElse(Key.FIRST);
        List<Object> filters = filters(filter);
        List<Object> parameters = new ArrayList<>(filters);
        parameters.addAll(List.of(after.severity(), after.name(), after.deputy(), page.size() + 1));
        parameters.addAll(filters);
        parameters.addAll(List.of(after.severity(), page.size() + 1, page.size() + 1));
        List<ComplianceStanding> items = Statements.list(jdbc, "SELECT * FROM ((" + COLUMNS + FROM
                        + " AND s.severity = ? AND (s.name, s.deputy_id) > (?, ?) ORDER BY s.name, s.deputy_id LIMIT ?)"
                        + " UNION ALL (" + COLUMNS + FROM + " AND s.severity < ? ORDER BY s.severity DESC, s.name, s.deputy_id LIMIT ?))"
                        + " page ORDER BY severity DESC, name, deputy_id LIMIT ?", parameters,
                row -> new ComplianceStanding(new DeputyId(row.getObject("deputy_id", UUID.class)), row.getString("name"),
                        row.getDate("evaluated_on").toLocalDate(), QuotaStatus.valueOf(row.getString("worst_status")),
                        read(row.getString("verdicts"))));
        return Slice.of(items, page, standing -> KeysetRequest.cursor(standing.worst().ordinal(), standing.name(),
                        standing.deputy().value()))
                .counted(page, () -> Statements.count(jdbc, "SELECT count(*)" + FROM, filters));
    }

    @Override
    public Map<QuotaStatus, Long> countsByStatus(StandingFilter filter) {
        Map<QuotaStatus, Long> counts = new EnumMap<>(QuotaStatus.class);
        Statements.list(jdbc, "SELECT s.worst_status, count(*)" + FROM + " GROUP BY s.worst_status",
                filters(new StandingFilter(Optional.empty(), filter.deputyGroup(), filter.delegation(), filter.liaisonStation())),
                row -> counts.put(QuotaStatus.valueOf(row.getString(1)), row.getLong(2)));
        return counts;
    }

    private static List<Object> filters(StandingFilter filter) {
        List<Object> parameters = new ArrayList<>();
        twice(parameters, filter.worst().map(Enum::ordinal));
        twice(parameters, filter.deputyGroup().map(UnitId::value));
        twice(parameters, filter.delegation().map(UnitId::value));
        twice(parameters, filter.liaisonStation().map(UnitId::value));
        return parameters;
    }

    private static String deputyIn(String unit) {
        return "s.deputy_id = ANY (ARRAY(SELECT d.id FROM deputy d WHERE d." + unit + " = ?))";
    }

    private static void twice(List<Object> parameters, Optional<?> value) {
        parameters.add(value.orElse(null));
        parameters.add(value.orElse(null));
    }

    private String write(List<StoredLine> lines) {
        try {
            return json.writeValueAsString(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<ComplianceStanding.QuotaLine> read(String stored) {
        try {
            return List.of(json.readValue(stored, StoredLine[].class)).stream()
                    .map(line -> new ComplianceStanding.QuotaLine(line.rule(), line.article(), line.count(), line.minimum(),
                            QuotaStatus.valueOf(line.status())))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A standing's place in the overview's order. */
    private record Key(int severity, String name, UUID deputy) {

        static final Key FIRST = new Key(QuotaStatus.values().length, "", new UUID(0, 0));
    }

    @Serdeable
    record StoredLine(String rule, String article, BigDecimal count, int minimum, String status) {
    }
}
