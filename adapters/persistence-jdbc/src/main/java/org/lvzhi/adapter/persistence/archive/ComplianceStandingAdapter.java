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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.adapter.persistence.shared.Statements;
import org.lvzhi.application.archive.port.out.ComplianceStanding;
import org.lvzhi.application.archive.port.out.ComplianceStandingPort;
import org.lvzhi.application.archive.port.out.StandingFilter;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
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

    @Override
    public Page<ComplianceStanding> list(StandingFilter filter, PageRequest page) {
        List<Object> parameters = new ArrayList<>();
        twice(parameters, filter.worst().map(Enum::ordinal));
        twice(parameters, filter.deputyGroup().map(UnitId::value));
        twice(parameters, filter.delegation().map(UnitId::value));
        twice(parameters, filter.liaisonStation().map(UnitId::value));
        long total = Statements.count(jdbc, "SELECT count(*)" + FROM, parameters);
        parameters.add(page.size());
        parameters.add(page.offset());
        List<ComplianceStanding> items = Statements.list(jdbc,
                "SELECT s.deputy_id, s.name, s.evaluated_on, s.worst_status, s.verdicts::text AS verdicts" + FROM
                        + " ORDER BY s.severity DESC, s.name, s.deputy_id LIMIT ? OFFSET ?", parameters,
                row -> new ComplianceStanding(new DeputyId(row.getObject("deputy_id", UUID.class)), row.getString("name"),
                        row.getDate("evaluated_on").toLocalDate(), QuotaStatus.valueOf(row.getString("worst_status")),
                        read(row.getString("verdicts"))));
        return Page.of(items, page, total);
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

    @Serdeable
    record StoredLine(String rule, String article, BigDecimal count, int minimum, String status) {
    }
}
