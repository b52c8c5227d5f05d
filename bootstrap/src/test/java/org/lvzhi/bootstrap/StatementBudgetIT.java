package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The statement budgets of the everyday reads (issue 20), counted on the JDBC connections while the request runs: a read
 * that starts issuing a statement per row (N+1) or writes on read fails here, long before a province notices it.
 */
@MicronautTest(transactional = false, environments = "suggestion")
@Property(name = "lvzhi.notification.dispatcher.enabled", value = "false")
class StatementBudgetIT extends ApiTest {

    private String liaison;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        StatementLog.countOn(properties);
        return properties;
    }

    @BeforeAll
    void signIn() {
        api = new ApiClient(server.getURI(), json);
        liaison = api.token("hunan-liaison");
    }

    @Test
    @DisplayName("one deputy's archive takes at most 5 statements however many records and types it holds, and writes nothing")
    void archive() {
        String deputy = deputyNamed(liaison, "刘湘云");
        String path = "/api/v1/deputies/" + deputy + "/archive?on=2026-06-30";
        statementsOf(path); // the node's caches (profile, term, parent congress) warm up once, not per request
        List<String> few = statementsOf(path);
        for (String type : List.of("STATION_RECEPTION", "LIAISON_ROOM_ACTIVITY", "TRAINING")) {
            for (int day = 1; day <= 3; day++) {
                api.post("/api/v1/duty-records", liaison, Map.of("deputyId", deputy, "type", type, "date", "2026-0" + day + "-1" + day));
            }
        }

        List<String> many = statementsOf(path);

        assertThat(many).as(String.join("\n", many)).hasSizeLessThanOrEqualTo(5).hasSameSizeAs(few);
        assertThat(StatementLog.writes()).isEmpty();
    }

    private List<String> statementsOf(String path) {
        StatementLog.clear();
        var response = api.get(path, liaison);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return StatementLog.executed();
    }
}
