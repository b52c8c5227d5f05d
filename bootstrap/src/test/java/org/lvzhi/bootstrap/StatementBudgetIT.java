package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Instant;
import java.util.ArrayList;
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

    /**
     * The local identity's check of a token's session and grants, on every request (a signed-out session or a
     * disabled account is refused at once): counted apart from the read's own budget.
     */
    private static final int SESSION_CHECK = 3;

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
    @DisplayName("one deputy's archive takes at most 5 statements besides the session check, however many records and types it holds, and writes nothing")
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

        assertThat(many).as(String.join("\n", many)).hasSizeLessThanOrEqualTo(5 + SESSION_CHECK).hasSameSizeAs(few);
        assertThat(StatementLog.writes()).isEmpty();
    }

    @Test
    @DisplayName("a handling unit's suggestions awaiting its reply, with their clocks, take at most 3 statements besides the session check, however many there are, and nothing is written")
    void awaitingReply() {
        String unit = api.post("/api/v1/handling-units", liaison, Map.of("name", "湖南省交通运输厅")).text("id");
        api.post("/api/v1/positions", liaison, Map.of("position", "HANDLING_UNIT_HEAD", "name", "赵交通", "login", "hunan-transport",
                "unitId", unit, "from", "2023-02-01"));
        String head = api.token("hunan-transport");
        assignedTo(unit, "关于改善县乡公路养护的建议");
        statementsOf("/api/v1/suggestions/awaiting-reply", head);
        List<String> few = statementsOf("/api/v1/suggestions/awaiting-reply", head);
        assignedTo(unit, "关于增开农村客运班线的建议");
        assignedTo(unit, "关于完善高速公路服务区设施的建议");

        List<String> many = statementsOf("/api/v1/suggestions/awaiting-reply", head);
        var page = api.get("/api/v1/suggestions/awaiting-reply?size=2&total=true", head);
        List<String> deeper = statementsOf(String.valueOf(api.get("/api/v1/suggestions/awaiting-reply?size=2", head).json().get("next")), head);

        assertThat(many).as(String.join("\n", many)).hasSizeLessThanOrEqualTo(3 + SESSION_CHECK).hasSameSizeAs(few).hasSameSizeAs(deeper);
        assertThat(StatementLog.writes()).isEmpty();
        assertThat(page.json()).containsEntry("total", 3).containsEntry("size", 2);
        assertThat(page.list("items")).hasSize(2).allSatisfy(line -> assertThat(line)
                .containsEntry("state", "ASSIGNED").containsEntry("leadUnitId", unit).containsEntry("overdue", false)
                .containsKeys("replyDueOn", "daysLeft"));
    }

    @Test
    @DisplayName("a keyset page of the statistics per deputy takes 2 statements besides the session check (3 with its total), however many deputies and records and however deep, and agrees with the whole year's figures")
    void statisticsPage() {
        String path = "/api/v1/statistics/deputies?year=2026&size=3";
        withinBudget(2, path, liaison, () -> {
            for (String name : List.of("谭美玲", "彭德明", "周志强")) {
                api.post("/api/v1/duty-records", liaison, Map.of("deputyId", deputyNamed(liaison, name), "type", "TRAINING", "date", "2026-05-06"));
            }
        });

        var first = api.get(path + "&total=true", liaison);
        String next = String.valueOf(first.json().get("next"));
        var second = api.get(next, liaison);
        List<Map<String, Object>> whole = api.get("/api/v1/statistics/deputies?year=2026&size=200", liaison).list("items");

        assertThat(statementsOf(path + "&total=true")).hasSizeLessThanOrEqualTo(3 + SESSION_CHECK);
        assertThat(statementsOf(next)).hasSameSizeAs(statementsOf(path + "&total=true"));
        assertThat(first.json()).containsEntry("total", whole.size()).containsEntry("size", 3).containsEntry("page", null);
        assertThat(second.json()).containsEntry("total", whole.size()); // next keeps total=true, as every parameter
        List<Map<String, Object>> paged = new ArrayList<>(first.list("items"));
        paged.addAll(second.list("items"));
        assertThat(paged).containsExactlyElementsOf(whole.subList(0, paged.size()));
    }

    @Test
    @DisplayName("a keyset page of the deputy list, the compliance overview and the outstanding duty reports takes 2 statements besides the session check, as many deep as first, and so do the overview's counts by status; nothing is written")
    void nameOrderedPages() {
        api.post("/api/v1/compliance-overview/evaluations", liaison, Map.of());
        for (String path : List.of("/api/v1/deputies?size=2", "/api/v1/compliance-overview?size=2", "/api/v1/duty-reports?year=2026&size=2")) {
            statementsOf(path);
            List<String> first = statementsOf(path);
            Object next = api.get(path, liaison).json().get("next");
            assertThat(next).as(path).isNotNull();

            List<String> deeper = statementsOf(String.valueOf(next));

            assertThat(first).as(path + "\n" + String.join("\n", first)).hasSizeLessThanOrEqualTo(2 + SESSION_CHECK);
            assertThat(deeper).as(path).hasSameSizeAs(first);
            assertThat(StatementLog.writes()).isEmpty();
        }
        List<String> counts = statementsOf("/api/v1/compliance-overview/counts");
        assertThat(counts).as(String.join("\n", counts)).hasSizeLessThanOrEqualTo(2 + SESSION_CHECK)
                .anySatisfy(statement -> assertThat(statement).contains("GROUP BY"));
    }

    @Test
    @DisplayName("a page of an inbox takes 2 statements besides the session check (tenant settings, one keyset range), however many messages it holds and however deep the page, and writes nothing")
    void inboxPage() {
        String deputy = api.token("hunan-deputy1");
        Instant at = Instant.parse("2019-03-01T08:00:00Z");
        InboxMessages.write("hunan", "hunan-deputy1", at, "预算消息");

        List<String> many = withinBudget(2, "/api/v1/inbox?size=2", deputy, () -> {
            for (int i = 1; i <= 6; i++) {
                InboxMessages.write("hunan", "hunan-deputy1", at.plusSeconds(i), "预算消息" + i);
            }
        });
        List<String> deeper = statementsOf(String.valueOf(api.get("/api/v1/inbox?size=2", deputy).json().get("next")), deputy);

        assertThat(deeper).as(String.join("\n", deeper)).hasSameSizeAs(many);
    }

    @Test
    @DisplayName("the export of the figures per deputy takes 2 statements besides the session check (tenant settings, the one aggregate read through a cursor), however many records, and writes nothing")
    void statisticsExport() {
        List<String> many = withinBudget(2, "/api/v1/statistics/deputies.xlsx?year=2026", liaison, () -> api.post("/api/v1/duty-records",
                liaison, Map.of("deputyId", deputyNamed(liaison, "刘湘云"), "type", "TRAINING", "date", "2026-07-08")));

        assertThat(many).anySatisfy(statement -> assertThat(statement).contains("FROM duty_record"));
    }

    @Test
    @DisplayName("the nightly evaluation issues as many statements for seven deputies as for four: supervision is judged in batches")
    void nightlyEvaluationInBatches() {
        String congress = "/api/v1/compliance-overview/evaluations";
        String qinghai = api.token("qinghai-liaison");
        api.post(congress, qinghai, Map.of());
        StatementLog.clear();
        api.post(congress, qinghai, Map.of());
        List<String> four = StatementLog.executed();
        for (String name : List.of("格桑", "多吉", "卓玛")) {
            var seated = api.post("/api/v1/deputies", qinghai, Map.of("name", name + "代表", "termId", api.firstTermId(qinghai),
                    "constituency", "ELECTING_UNIT", "constituencyName", "西宁市人大"));
            assertThat(seated.status()).as(seated.toString()).isEqualTo(201);
        }
        api.post(congress, qinghai, Map.of());
        StatementLog.clear();
        api.post(congress, qinghai, Map.of());

        List<String> seven = StatementLog.executed();

        assertThat(seven).as(String.join("\n", seven)).hasSameSizeAs(four);
    }

    private void assignedTo(String unit, String title) {
        String deputy = api.token("hunan-deputy1");
        String id = api.post("/api/v1/suggestions", deputy, Map.of("title", title, "content", title + "，请有关部门研究办理。",
                "coSponsorIds", List.of())).text("id");
        api.post("/api/v1/suggestions/" + id + "/submission", deputy, Map.of());
        api.post("/api/v1/suggestions/" + id + "/screening", liaison, Map.of("decision", "ACCEPT"));
        var assigned = api.post("/api/v1/suggestions/" + id + "/assignment", liaison, Map.of("leadUnitId", unit));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
    }

    /**
     * The read's statements once warm, then again after {@code more} added to what it reads: within the budget (besides
     * the session check) both times, as many, and nothing written.
     */
    private List<String> withinBudget(int budget, String path, String token, Runnable more) {
        statementsOf(path, token);
        List<String> few = statementsOf(path, token);
        more.run();
        List<String> many = statementsOf(path, token);
        assertThat(many).as(String.join("\n", many)).hasSizeLessThanOrEqualTo(budget + SESSION_CHECK).hasSameSizeAs(few);
        assertThat(StatementLog.writes()).isEmpty();
        return many;
    }

    private List<String> statementsOf(String path) {
        return statementsOf(path, liaison);
    }

    private List<String> statementsOf(String path, String token) {
        StatementLog.clear();
        var response = api.get(path, token);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return StatementLog.executed();
    }
}
