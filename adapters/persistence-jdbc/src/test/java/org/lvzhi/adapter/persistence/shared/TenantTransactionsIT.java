package org.lvzhi.adapter.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.persistence.testing.TenantIT;
import org.lvzhi.application.congress.port.out.LoadUnitPort;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.congress.UnitKind;

class TenantTransactionsIT extends TenantIT {

    @Inject LoadUnitPort loadUnits;
    @Inject JdbcOperations jdbc;

    @Test
    @DisplayName("work that fails leaves nothing behind: its transaction is rolled back")
    void failedWorkIsRolledBack() {
        UnitId[] added = new UnitId[1];

        assertThatThrownBy(() -> run(() -> {
            added[0] = addUnit(UnitKind.DEPUTY_GROUP, "回滚小组");
            throw new IllegalStateException("the use case failed");
        })).hasMessage("the use case failed");

        assertThat(read(() -> loadUnits.find(added[0]))).isEmpty();
    }

    @Test
    @DisplayName("work for another congress inside a transaction acts in that congress, and the outer work acts in its own again after it")
    void nestedWorkActsInItsOwnCongress() {
        UnitId ours = in(() -> addUnit(UnitKind.DEPUTY_GROUP, "本县小组"));
        UnitId theirs = in(other, () -> addUnit(UnitKind.DEPUTY_GROUP, "外县小组"));

        List<Boolean> seen = in(() -> {
            boolean oursBefore = loadUnits.find(ours).isPresent();
            boolean theirsInside = in(other, () -> loadUnits.find(theirs).isPresent() && loadUnits.find(ours).isEmpty());
            boolean oursAfter = loadUnits.find(ours).isPresent() && loadUnits.find(theirs).isEmpty();
            return List.of(oursBefore, theirsInside, oursAfter);
        });

        assertThat(seen).containsExactly(true, true, true);
    }

    @Test
    @DisplayName("a read-only transaction refuses to write")
    void readOnlyRefusesWrites() {
        assertThatThrownBy(() -> read(() -> addUnit(UnitKind.DEPUTY_GROUP, "只读小组"))).hasStackTraceContaining("read-only");
    }

    @Test
    @DisplayName("every transaction plans each statement for its own parameters and without JIT, whatever the congress")
    void plannerSettings() {
        List<String> settings = read(() -> Statements.list(jdbc, "SELECT current_setting('app.tenant_id'),"
                + " current_setting('plan_cache_mode'), current_setting('jit')", List.of(),
                row -> List.of(row.getString(1), row.getString(2), row.getString(3)))).getFirst();

        assertThat(settings).containsExactly(congress.value(), "force_custom_plan", "off");
    }
}
