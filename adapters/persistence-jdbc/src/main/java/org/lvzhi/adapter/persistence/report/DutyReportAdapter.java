package org.lvzhi.adapter.persistence.report;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.adapter.persistence.shared.ByName;
import org.lvzhi.adapter.persistence.shared.Statements;
import org.lvzhi.application.report.port.out.DutyReportPort;
import org.lvzhi.application.report.port.out.OutstandingReport;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.report.DutyReport;
import org.lvzhi.domain.report.ReportState;

/** Duty reports in one table, one row per deputy and year; who has not submitted is a join with the register. */
@Singleton
class DutyReportAdapter implements DutyReportPort {

    /** Active deputies whose term overlaps the year (?1 its first day, ?2 its last) without a submitted report (?3 the year). */
    private static final String OUTSTANDING = """
            FROM deputy d
            JOIN term t ON t.tenant_id = d.tenant_id AND t.id = d.term_id
            LEFT JOIN duty_report r ON r.tenant_id = d.tenant_id AND r.deputy_id = d.id AND r.year = ?
            WHERE d.status = 'ACTIVE' AND t.starts_on <= ? AND t.ends_on >= ? AND (r.state IS NULL OR r.state <> 'SUBMITTED')
            """;

    private final JdbcOperations jdbc;

    DutyReportAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<DutyReport> find(DeputyId deputy, int year) {
        return Statements.list(jdbc, "SELECT narrative, state, submitted_on FROM duty_report WHERE deputy_id = ? AND year = ?",
                List.of(deputy.value(), year), row -> new DutyReport(deputy, year, row.getString(1),
                        ReportState.valueOf(row.getString(2)),
                        Optional.ofNullable(row.getDate(3)).map(Date::toLocalDate))).stream().findFirst();
    }

    @Override
    public void save(DutyReport report) {
        jdbc.prepareStatement("""
                INSERT INTO duty_report (deputy_id, year, narrative, state, submitted_on) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (tenant_id, deputy_id, year) DO UPDATE
                SET narrative = EXCLUDED.narrative, state = EXCLUDED.state, submitted_on = EXCLUDED.submitted_on, updated_at = now()
                """, statement -> {
            Statements.bind(statement, java.util.Arrays.asList(report.deputy().value(), report.year(), report.narrative(),
                    report.state().name(), report.submittedOn().map(Date::valueOf).orElse(null)));
            return statement.executeUpdate();
        });
    }

    @Override
    public Slice<OutstandingReport> outstanding(int year, KeysetRequest page) {
        List<Object> parameters = List.of(year, LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 1));
        List<Object> paged = new ArrayList<>(parameters);
        paged.addAll(ByName.parameters(page));
        paged.add(page.size() + 1);
        List<OutstandingReport> items = Statements.list(jdbc, "SELECT d.id, d.name, r.state IS NOT NULL " + OUTSTANDING
                        + ByName.after("d.name", "d.id") + " ORDER BY d.name, d.id LIMIT ?", paged,
                row -> new OutstandingReport(new DeputyId(row.getObject(1, UUID.class)), row.getString(2), row.getBoolean(3)));
        return Slice.of(items, page, report -> ByName.cursor(report.name(), report.deputy().value()))
                .counted(page, () -> Statements.count(jdbc, "SELECT count(*) " + OUTSTANDING, parameters));
    }
}
