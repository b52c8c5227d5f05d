package org.lvzhi.adapter.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lvzhi.adapter.persistence.testing.TenantIT;

/**
 * Each keyset page is served by its index under row-level security (issue 20): with the planner's alternatives
 * switched off (a sequential scan, a bitmap scan, a sort), the page after a cursor must still be one index range whose
 * conditions hold the tenant (the policy's qual) and the cursor's row comparison, read in the list's order. An index that
 * could not serve the page would leave a Sort or a Filter in the plan, whatever the table's size.
 */
class KeysetPlansIT extends TenantIT {

    private static final String ID = "'00000000-0000-0000-0000-000000000000'";

    @Inject JdbcOperations jdbc;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "SELECT id FROM suggestion s WHERE s.state <> 'DRAFT' AND (s.drafted_at, s.id) < ('2026-01-01', " + ID + ")"
                + " ORDER BY s.drafted_at DESC, s.id DESC LIMIT 21",
        "SELECT id FROM suggestion s WHERE s.state = 'SUBMITTED' AND (s.drafted_at, s.id) < ('2026-01-01', " + ID + ")"
                + " ORDER BY s.drafted_at DESC, s.id DESC LIMIT 21",
        "SELECT id FROM suggestion s WHERE s.state IN ('ASSIGNED', 'REASSIGNED') AND (s.reply_due_on, s.id) > ('2026-01-01', " + ID + ")"
                + " ORDER BY s.reply_due_on, s.id LIMIT 21",
        "SELECT id FROM deadline WHERE state = 'OPEN' AND due_on < '2026-06-01' AND (due_on, id) > ('2026-01-01', " + ID + ")"
                + " ORDER BY due_on, id LIMIT 21",
        "SELECT id FROM deadline WHERE state = 'OPEN' AND due_on < '2026-06-01' AND unit_id = " + ID
                + " AND (due_on, id) > ('2026-01-01', " + ID + ") ORDER BY due_on, id LIMIT 21",
        "SELECT id FROM duty_record WHERE state = 'PENDING' AND (occurred_on, id) > ('2026-01-01', " + ID + ")"
                + " ORDER BY occurred_on, id LIMIT 21",
        "SELECT id FROM supervision_case WHERE TRUE AND (opened_on, id) < ('2026-01-01', " + ID + ")"
                + " ORDER BY opened_on DESC, id DESC LIMIT 21",
        "SELECT id FROM supervision_case WHERE state = 'OPEN' AND (opened_on, id) < ('2026-01-01', " + ID + ")"
                + " ORDER BY opened_on DESC, id DESC LIMIT 21",
        "SELECT id FROM matter m WHERE TRUE AND (m.recorded_at, m.id) < ('2026-01-01', " + ID + ")"
                + " ORDER BY m.recorded_at DESC, m.id DESC LIMIT 21",
        "SELECT id FROM matter m WHERE TRUE AND m.kind = 'LETTER' AND (m.recorded_at, m.id) < ('2026-01-01', " + ID + ")"
                + " ORDER BY m.recorded_at DESC, m.id DESC LIMIT 21",
        "SELECT id FROM leave_request WHERE (requested_at, id) < ('2026-01-01', " + ID + ")"
                + " ORDER BY requested_at DESC, id DESC LIMIT 21",
        "SELECT id FROM leave_request WHERE state = 'PENDING' AND (requested_at, id) < ('2026-01-01', " + ID + ")"
                + " ORDER BY requested_at DESC, id DESC LIMIT 21",
        "SELECT id FROM deputy d WHERE (d.name, d.id) > ('王', " + ID + ") ORDER BY d.name, d.id LIMIT 21",
        "SELECT deputy_id FROM compliance_standing s WHERE s.severity = 2 AND (s.name, s.deputy_id) > ('王', " + ID + ")"
                + " ORDER BY s.name, s.deputy_id LIMIT 21"})
    void pageIsOneIndexRange(String page) {
        List<String> plan = read(() -> jdbc.prepareStatement("SELECT set_config('enable_seqscan', 'off', true),"
                + " set_config('enable_bitmapscan', 'off', true), set_config('enable_sort', 'off', true)", settings -> {
                    settings.executeQuery().close();
                    return explain(page);
                }));

        String text = String.join("\n", plan);
        assertThat(text).as(text).contains("Index").doesNotContain("Sort").doesNotContain("Seq Scan").doesNotContain("Filter: (ROW(");
        assertThat(plan).as(text).anySatisfy(line -> assertThat(line).contains("Index Cond:").contains("tenant_id = NULLIF")
                .containsPattern("ROW\\(.*\\) [<>] ROW\\("));
    }

    private List<String> explain(String sql) {
        return jdbc.prepareStatement("EXPLAIN " + sql, statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                List<String> lines = new ArrayList<>();
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
                return lines;
            }
        });
    }
}
