package org.lvzhi.adapter.persistence.statistics;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.lvzhi.adapter.persistence.duty.DutyRecordRows;
import org.lvzhi.adapter.persistence.shared.ByName;
import org.lvzhi.adapter.persistence.shared.Statements;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.statistics.port.out.DeputyFigures;
import org.lvzhi.application.statistics.port.out.DeputyFiguresFilter;
import org.lvzhi.application.statistics.port.out.DeputyRecords;
import org.lvzhi.application.statistics.port.out.StatisticsPort;
import org.lvzhi.application.statistics.port.out.TenantStatistics;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.duty.DutyRecord;

/** The acting congress's yearly figures, on the business transaction's connection (row-level security applies). */
@Singleton
class StatisticsAdapter implements StatisticsPort {

    /** The deputies whose term overlaps the year, filtered. Parameters: the next year's first day, the year's first day, each filter twice. */
    private static final String SERVING_FILTERED = " FROM deputy d JOIN term t ON t.tenant_id = d.tenant_id AND t.id = d.term_id"
            + " WHERE t.starts_on < ? AND t.ends_on >= ?"
            + " AND (CAST(? AS uuid) IS NULL OR d.deputy_group_id = ?)"
            + " AND (CAST(? AS uuid) IS NULL OR d.liaison_station_id = ?)"
            + " AND (CAST(? AS text) IS NULL OR d.status = ?)";

    /**
     * One keyset page of those deputies by name (a NULL cursor: from the first; a NULL limit: all of them), walking the congress's own {@code deputy_name}
     * index in order and stopping after the page (the person, platform-wide, is not read); then their figures,
     * each counted in one grouped aggregate over the page's deputies. The page's ids go in as an array, so a page of 50
     * is 50 probes of the deputy-first indexes while the whole congress is one scan, never a subquery per person.
     * Parameters: those of {@link #SERVING_FILTERED}, the cursor's ({@link ByName}) and the limit, then the year's
     * bounds three times.
     */
    static final String DEPUTIES = "WITH page AS (SELECT d.tenant_id, d.id, d.name, d.deputy_group_id, d.liaison_station_id"
            + SERVING_FILTERED + ByName.after("d.name", "d.id") + " ORDER BY d.name, d.id LIMIT ?),"
            + """
             records AS (
                SELECT r.deputy_id, count(*) AS records, count(*) FILTER (WHERE r.activity_id IS NOT NULL) AS attended
                  FROM duty_record r
                 WHERE r.deputy_id = ANY (ARRAY(SELECT id FROM page)) AND r.state = 'CONFIRMED'
                   AND r.occurred_on >= ? AND r.occurred_on < ?
                 GROUP BY r.deputy_id),
            meetings AS (
                SELECT a.deputy_id, count(*) AS meetings
                  FROM meeting_attendance a
                  JOIN session_meeting m ON m.tenant_id = a.tenant_id AND m.id = a.meeting_id
                 WHERE a.deputy_id = ANY (ARRAY(SELECT id FROM page)) AND m.held_on >= ? AND m.held_on < ?
                 GROUP BY a.deputy_id),
            absences AS (
                SELECT b.deputy_id, count(*) AS absences
                  FROM absence b
                 WHERE b.deputy_id = ANY (ARRAY(SELECT id FROM page)) AND b.absent_on >= ? AND b.absent_on < ?
                 GROUP BY b.deputy_id)
            SELECT page.id, page.name, g.id AS group_id, g.name AS group_name, st.id AS station_id,
                   st.name AS station_name, COALESCE(records.records, 0) AS records,
                   COALESCE(records.attended, 0) + COALESCE(meetings.meetings, 0) AS attended,
                   COALESCE(absences.absences, 0) AS absences, COALESCE(jsonb_array_length(s.verdicts), 0) AS quotas,
                   (SELECT count(*) FROM jsonb_array_elements(COALESCE(s.verdicts, '[]'::jsonb)) v
                     WHERE v ->> 'status' = 'MET') AS quotas_met
              FROM page
              LEFT JOIN records ON records.deputy_id = page.id
              LEFT JOIN meetings ON meetings.deputy_id = page.id
              LEFT JOIN absences ON absences.deputy_id = page.id
              LEFT JOIN organisation_unit g ON g.tenant_id = page.tenant_id AND g.id = page.deputy_group_id
              LEFT JOIN organisation_unit st ON st.tenant_id = page.tenant_id AND st.id = page.liaison_station_id
              LEFT JOIN compliance_standing s ON s.tenant_id = page.tenant_id AND s.deputy_id = page.id
             ORDER BY page.name, page.id""";

    /** Reply clocks (first answer and answer after re-assignment) due in the year; verdicts given in it, by lead unit. */
    static final String HANDLING_UNITS = """
            SELECT u.id, u.name,
                   count(k.id) AS replies_due,
                   count(k.id) FILTER (WHERE k.state = 'MET' AND k.met_on <= k.due_on) AS replied_on_time,
                   (SELECT count(*) FROM suggestion_action a
                      JOIN suggestion_unit su ON su.tenant_id = a.tenant_id AND su.suggestion_id = a.suggestion_id AND su.role = 'LEAD'
                     WHERE su.tenant_id = u.tenant_id AND su.unit_id = u.id AND a.verdict IS NOT NULL
                       AND a.acted_on >= ? AND a.acted_on < ?) AS verdicts,
                   (SELECT count(*) FROM suggestion_action a
                      JOIN suggestion_unit su ON su.tenant_id = a.tenant_id AND su.suggestion_id = a.suggestion_id AND su.role = 'LEAD'
                     WHERE su.tenant_id = u.tenant_id AND su.unit_id = u.id AND a.verdict IN ('SATISFIED', 'BASICALLY_SATISFIED')
                       AND a.acted_on >= ? AND a.acted_on < ?) AS satisfied
              FROM organisation_unit u
              LEFT JOIN deadline k ON k.tenant_id = u.tenant_id AND k.unit_id = u.id AND k.subject_kind = 'SUGGESTION'
                   AND k.event IN ('SUGGESTION_ASSIGNED', 'SUGGESTION_REASSIGNED') AND k.due_on >= ? AND k.due_on < ?
             WHERE u.kind = 'HANDLING_UNIT'
             GROUP BY u.tenant_id, u.id, u.name
             ORDER BY u.name, u.id""";

    /** Deputies whose term overlaps the year (?1 the next year's first day, ?2 the year's first day), with their term. */
    /**
     * The deputies whose term overlaps the year (?1 the next year's first day, ?2 the year's), with their term, each
     * followed by its records dated in the year (?3 the year's first day, ?4 the next year's), by deputy: a deputy
     * without a record is one row of nulls on the record's side.
     */
    static final String SERVING_RECORDS = """
            SELECT d.id AS serving_id, d.name AS serving_name, t.id AS term_id, t.number, t.starts_on, t.ends_on, %s
              FROM deputy d
              JOIN term t ON t.tenant_id = d.tenant_id AND t.id = d.term_id
              LEFT JOIN duty_record r ON r.deputy_id = d.id AND r.occurred_on >= ? AND r.occurred_on < ?
             WHERE t.starts_on < ? AND t.ends_on >= ?
             ORDER BY d.name, d.id""".formatted(Arrays.stream(DutyRecordRows.COLUMNS.split(", ")).map("r."::concat)
            .collect(java.util.stream.Collectors.joining(", ")));


    private static final int FETCH = 1_000;
    /** The whole congress's figures: no cursor (the limit, NULL, is not the request's). */
    private static final KeysetRequest FROM_THE_FIRST = new KeysetRequest(Optional.empty(), 1);

    private final JdbcOperations jdbc;

    StatisticsAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One statement, the whole congress's aggregate, read through a cursor {@value #FETCH} rows at a time: memory holds
     * one batch however large the congress. (Keyset chunks of 1,000 were tried: each chunk paid again for the person
     * policy's scan of every deputy, 8.6 s for 30,000 deputies against 2.0 s for the one statement, docs/benchmarks.md.)
     */
    @Override
    public void eachDeputy(int year, Consumer<DeputyFigures> each) {
        Statements.each(jdbc, DEPUTIES, parameters(year, DeputyFiguresFilter.none(), FROM_THE_FIRST, null),
                FETCH, StatisticsAdapter::figures, each);
    }

    @Override
    public Slice<DeputyFigures> deputies(int year, DeputyFiguresFilter filter, KeysetRequest page) {
        // Counted apart, and only when asked: a total over the page's query would make it read every deputy.
        return Slice.of(figures(year, filter, page, page.size() + 1), page, figures -> ByName.cursor(figures.name(), figures.id()))
                .counted(page, () -> Statements.count(jdbc, "SELECT count(*)" + SERVING_FILTERED, serving(year, filter)));
    }

    /** The figures of {@code limit} deputies (null: all) after the page's cursor. */
    private List<DeputyFigures> figures(int year, DeputyFiguresFilter filter, KeysetRequest page, Integer limit) {
        return Statements.list(jdbc, DEPUTIES, parameters(year, filter, page, limit), StatisticsAdapter::figures);
    }

    private static List<Object> parameters(int year, DeputyFiguresFilter filter, KeysetRequest page, Integer limit) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate until = from.plusYears(1);
        List<Object> parameters = serving(year, filter);
        parameters.addAll(ByName.parameters(page));
        parameters.addAll(Arrays.asList(limit, from, until, from, until, from, until));
        return parameters;
    }

    private static DeputyFigures figures(ResultSet row) throws SQLException {
        return new DeputyFigures(row.getObject("id", UUID.class), row.getString("name"), unit(row, "group_id", "group_name"),
                unit(row, "station_id", "station_name"), row.getLong("records"), row.getLong("attended"), row.getLong("absences"),
                row.getLong("quotas"), row.getLong("quotas_met"));
    }

    private static List<Object> serving(int year, DeputyFiguresFilter filter) {
        LocalDate from = LocalDate.of(year, 1, 1);
        List<Object> parameters = new ArrayList<>(List.of(from.plusYears(1), from));
        twice(parameters, filter.group().map(UnitId::value).orElse(null));
        twice(parameters, filter.station().map(UnitId::value).orElse(null));
        twice(parameters, filter.status().map(Enum::name).orElse(null));
        return parameters;
    }

    private static void twice(List<Object> parameters, Object value) {
        parameters.add(value);
        parameters.add(value);
    }

    /** One statement through a cursor: the rows of a deputy are gathered, handed on, then let go. */
    @Override
    public void eachDeputyRecords(int year, Consumer<DeputyRecords> each) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate until = from.plusYears(1);
        record Row(DeputyRecords deputy, Optional<DutyRecord> record) {
        }
        var gathered = new Object() {
            private DeputyRecords deputy;
            private List<DutyRecord> records = new ArrayList<>();

            void take(Row row) {
                if (deputy == null || !deputy.deputy().equals(row.deputy().deputy())) {
                    handOn();
                    deputy = row.deputy();
                }
                row.record().ifPresent(records::add);
            }

            void handOn() {
                if (deputy != null) {
                    each.accept(new DeputyRecords(deputy.deputy(), deputy.name(), deputy.term(), records));
                }
                records = new ArrayList<>();
            }
        };
        Statements.each(jdbc, SERVING_RECORDS, List.of(from, until, until, from), FETCH, row -> {
            UUID id = row.getObject("serving_id", UUID.class);
            Term term = new Term(new TermId(row.getObject("term_id", UUID.class)), row.getInt("number"),
                    row.getDate("starts_on").toLocalDate(), row.getDate("ends_on").toLocalDate());
            Optional<DutyRecord> record = row.getObject("id", UUID.class) == null ? Optional.empty()
                    : Optional.of(DutyRecordRows.read(row));
            return new Row(new DeputyRecords(id, row.getString("serving_name"), term, List.of()), record);
        }, gathered::take);
        gathered.handOn();
    }

    @Override
    public List<TenantStatistics.HandlingUnitLine> handlingUnits(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate until = from.plusYears(1);
        return Statements.list(jdbc, HANDLING_UNITS, List.of(from, until, from, until, from, until),
                row -> new TenantStatistics.HandlingUnitLine(row.getObject("id", UUID.class), row.getString("name"),
                        row.getLong("replies_due"), row.getLong("replied_on_time"), row.getLong("verdicts"),
                        row.getLong("satisfied")));
    }

    private static Optional<DeputyFigures.Unit> unit(ResultSet row, String id, String name) throws SQLException {
        UUID unit = row.getObject(id, UUID.class);
        return unit == null ? Optional.empty() : Optional.of(new DeputyFigures.Unit(unit, row.getString(name)));
    }
}
