package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.persistence.testing.TestDatabase;
import org.lvzhi.application.deadline.port.in.DeadlineClocks;
import org.lvzhi.application.deadline.port.in.DeadlineClocks.StartedDeadline;
import org.lvzhi.application.deadline.port.in.PollDueDeadlinesUseCase;
import org.lvzhi.application.deadline.port.in.PollDueDeadlinesUseCase.PollOutcome;
import org.lvzhi.application.deadline.port.out.DeadlineClaimPort;
import org.lvzhi.application.notification.NotificationDispatcher;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deadline.DeadlineId;
import org.lvzhi.domain.deadline.DeadlineSubject;

/**
 * The deadline engine end to end: clocks started and stopped in the caller's transaction, the poller called at its
 * entry point with a moved clock, notifications delivered to the inboxes of the handling unit's head and the liaison
 * office's director.
 */
@MicronautTest(transactional = false)
@Property(name = "lvzhi.test.movable-clock", value = "true")
class DeadlineIT extends ApiTest {

    private static final CongressId QINGHAI = new CongressId("qinghai");

    @Inject MovableClock clock;
    @Inject DeadlineClocks clocks;
    @Inject PollDueDeadlinesUseCase poller;
    @Inject DeadlineClaimPort claims;
    @Inject TransactionPort transactions;
    @Inject NotificationDispatcher dispatcher;

    private String unitId;

    @BeforeAll
    void handlingUnitWithItsHead() {
        api = new ApiClient(server.getURI(), json);
        String liaison = api.token("qinghai-liaison");
        unitId = api.post("/api/v1/handling-units", liaison, Map.of("name", "期限测试承办单位")).text("id");
        var head = api.post("/api/v1/positions", liaison, Map.of("position", "HANDLING_UNIT_HEAD", "name", "期限测试单位负责人",
                "login", "qinghai-unit", "unitId", unitId, "from", "2023-01-15"));
        var director = api.post("/api/v1/positions", liaison, Map.of("position", "LIAISON_OFFICE_DIRECTOR", "name", "期限测试联工委主任",
                "login", "qinghai-admin", "from", "2023-01-15"));
        assertThat(head.status()).as(head.toString()).isEqualTo(201);
        assertThat(director.status()).as(director.toString()).isEqualTo(201);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @DisplayName("QH-3.5: a suggestion assigned on 31 January is due 30 April; reminders 14 and 3 days before reach the unit's head; overdue escalates once to the liaison office")
    void suggestionReplyClock() throws SQLException {
        clock.moveTo(LocalDate.of(2026, 1, 31));
        DeadlineSubject suggestion = suggestion("关于改善西宁公交线路的建议");
        List<StartedDeadline> started = start("SUGGESTION_ASSIGNED", suggestion, LocalDate.of(2026, 1, 31), false);

        assertThat(started).extracting(StartedDeadline::rule, StartedDeadline::dueOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("QH-3.5", LocalDate.of(2026, 4, 30)));

        pollOn(LocalDate.of(2026, 4, 15));
        assertThat(inbox("qinghai-unit", suggestion, "deadline.reminder")).isZero();
        pollOn(LocalDate.of(2026, 4, 16));
        pollOn(LocalDate.of(2026, 4, 16));
        assertThat(inbox("qinghai-unit", suggestion, "deadline.reminder")).as("the 14-day reminder, once").isEqualTo(1);
        pollOn(LocalDate.of(2026, 4, 27));
        assertThat(inbox("qinghai-unit", suggestion, "deadline.reminder")).as("the 3-day reminder").isEqualTo(2);
        pollOn(LocalDate.of(2026, 4, 30));
        assertThat(inbox("qinghai-admin", suggestion, "deadline.overdue")).as("due today is not overdue").isZero();
        pollOn(LocalDate.of(2026, 5, 1));
        pollOn(LocalDate.of(2026, 5, 2));
        pollOn(LocalDate.of(2026, 6, 1));

        assertThat(inbox("qinghai-admin", suggestion, "deadline.overdue")).as("escalated once, not every poll").isEqualTo(1);
        assertThat(inbox("qinghai-unit", suggestion, "deadline.reminder")).isEqualTo(2);
        assertThat(api.get("/api/v1/inbox?size=200", api.token("qinghai-unit")).list("items")).anySatisfy(message -> assertThat(message)
                .containsEntry("event", "deadline.reminder")
                .containsEntry("subject", "办理期限提醒：" + suggestion.title())
                .containsEntry("body", "以下事项即将到期，请按期办结（依据第三条第（五）项，QH-3.5）：\n· " + suggestion.title() + "（QH-3.5，2026-04-30到期）"));
        var clocksOfSubject = api.get("/api/v1/deadlines?subjectKind=SUGGESTION&subjectId=" + suggestion.id(), api.token("qinghai-liaison"));
        assertThat(clocksOfSubject.status()).isEqualTo(200);
        var board = api.get("/api/v1/deadlines/overdue?size=200&unitId=" + unitId, api.token("qinghai-unit"));
        assertThat(board.list("items")).anySatisfy(item -> assertThat(item).containsEntry("subjectId", suggestion.id())
                .containsEntry("dueOn", "2026-04-30").containsEntry("escalatedOn", "2026-05-01").containsEntry("rule", "QH-3.5"));
    }

    @Test
    @DisplayName("BL-13 in Qinghai: a complex suggestion runs six months and asks the unit for a progress explanation at three")
    void complexSuggestion() throws SQLException {
        clock.moveTo(LocalDate.of(2026, 1, 31));
        DeadlineSubject suggestion = suggestion("关于黄河流域生态保护的建议");

        assertThat(start("SUGGESTION_ASSIGNED", suggestion, LocalDate.of(2026, 1, 31), true))
                .extracting(StartedDeadline::dueOn).containsExactly(LocalDate.of(2026, 7, 31));
        pollOn(LocalDate.of(2026, 4, 30));
        pollOn(LocalDate.of(2026, 5, 6));

        assertThat(inbox("qinghai-unit", suggestion, "deadline.progress-report")).isEqualTo(1);
        assertThat(inbox("qinghai-unit", suggestion, "deadline.reminder")).isZero();
    }

    @Test
    @DisplayName("art. 203: a period ending on a Saturday ends on Monday, one ending in the National Day holiday on the first working day after it, an adjusted working Saturday stays")
    void restDaysMoveTheEnd() {
        clock.moveTo(LocalDate.of(2026, 2, 22));
        // BL-21: the research report is due 20 days after the research ends.
        assertThat(dueOf("RESEARCH_ENDED", LocalDate.of(2026, 2, 22))).as("20 days end on Saturday 14 March").isEqualTo("2026-03-16");
        assertThat(dueOf("RESEARCH_ENDED", LocalDate.of(2026, 9, 20))).as("Saturday 10 October is worked").isEqualTo("2026-10-10");
        // BL-23: letters answered within 3 months.
        assertThat(dueOf("LETTER_RECEIVED", LocalDate.of(2026, 7, 3))).as("3 October is National Day").isEqualTo("2026-10-08");
    }

    @Test
    @DisplayName("QH-3.6 and QH-8.2 turn the rest-day rule off: the notice five days before an activity on Thursday 19 March stays on Saturday 14 March")
    void ruleWithoutRestDayMove() {
        clock.moveTo(LocalDate.of(2026, 3, 1));
        var started = start("ACTIVITY_DATE", new DeadlineSubject("ACTIVITY", UUID.randomUUID().toString(), "专题调研活动", Optional.empty()),
                LocalDate.of(2026, 3, 19), false);

        assertThat(started).extracting(StartedDeadline::rule, StartedDeadline::dueOn).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("QH-3.6", LocalDate.of(2026, 3, 14)),
                org.assertj.core.groups.Tuple.tuple("QH-8.2", LocalDate.of(2026, 3, 16)));
    }

    @Test
    @DisplayName("start and stop run in the caller's transaction: a rolled-back event leaves no clock, a stopped clock is met and never reminded")
    void callersTransaction() throws SQLException {
        clock.moveTo(LocalDate.of(2026, 1, 31));
        DeadlineSubject rolledBack = suggestion("回滚的交办");
        assertThatThrownBy(() -> transactions.inCongress(QINGHAI, () -> {
            clocks.start(QINGHAI, "SUGGESTION_ASSIGNED", rolledBack, LocalDate.of(2026, 1, 31), false);
            throw new IllegalStateException("the assignment fails after starting its clock");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(subjectClocks(rolledBack)).isEmpty();

        DeadlineSubject answered = suggestion("按期答复的建议");
        start("SUGGESTION_ASSIGNED", answered, LocalDate.of(2026, 1, 31), false);
        assertThatThrownBy(() -> transactions.inCongress(QINGHAI, () -> {
            clocks.stop(QINGHAI, "SUGGESTION_ASSIGNED", answered, LocalDate.of(2026, 3, 1));
            throw new IllegalStateException("the reply fails");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(subjectClocks(answered)).extracting(c -> c.get("state")).containsExactly("OPEN");
        int stopped = transactions.inCongress(QINGHAI, () -> clocks.stop(QINGHAI, "SUGGESTION_ASSIGNED", answered, LocalDate.of(2026, 3, 1)));
        pollOn(LocalDate.of(2026, 4, 16));
        pollOn(LocalDate.of(2026, 5, 2));

        assertThat(stopped).isEqualTo(1);
        assertThat(subjectClocks(answered)).singleElement().satisfies(c -> assertThat(c)
                .containsEntry("state", "MET").containsEntry("metOn", "2026-03-01"));
        assertThat(inbox("qinghai-unit", answered, "deadline.reminder")).isZero();
        assertThat(inbox("qinghai-admin", answered, "deadline.overdue")).isZero();
    }

    @Test
    @DisplayName("two pollers at once never take the same clock: 300 overdue letters escalate exactly once each")
    void twoPollersAtOnce() throws Exception {
        clock.moveTo(LocalDate.of(2025, 1, 2));
        String title = "并发轮询来信" + UUID.randomUUID().toString().substring(0, 8);
        transactions.inCongress(QINGHAI, () -> {
            for (int i = 0; i < 300; i++) {
                clocks.start(QINGHAI, "LETTER_RECEIVED", new DeadlineSubject("LETTER", UUID.randomUUID().toString(), title + "-" + i,
                        Optional.empty()), LocalDate.of(2025, 1, 2), false);
            }
            return null;
        });
        clock.moveTo(LocalDate.of(2025, 8, 1));
        long due = outbox("SELECT count(*) FROM deadline WHERE next_action_on <= ?::date", "2025-08-01");
        CyclicBarrier together = new CyclicBarrier(2);
        var first = CompletableFuture.supplyAsync(() -> pollTogether(together));
        var second = CompletableFuture.supplyAsync(() -> pollTogether(together));
        PollOutcome one = first.get();
        PollOutcome other = second.get();

        assertThat(due).isGreaterThanOrEqualTo(300);
        assertThat(one.claimed() + other.claimed()).as("every due clock claimed by exactly one poller").isEqualTo(due);
        assertThat(one.escalations() + other.escalations()).as("and escalated once").isEqualTo(due);
        assertThat(outbox("SELECT count(*) FROM deadline WHERE subject_title LIKE ? AND escalated_on = DATE '2025-08-01'", title + "-%"))
                .isEqualTo(300);
        assertThat(poller.pollDue(clock.instant()).escalations()).isZero();
    }

    @Test
    @DisplayName("a clock another poller holds (FOR UPDATE, not yet committed) is skipped, and a claimed one is leased to its poller")
    void claimsSkipLockedAndLeasedRows() throws SQLException {
        clock.moveTo(LocalDate.of(2025, 1, 2));
        String title = "锁定测试来信" + UUID.randomUUID().toString().substring(0, 8);
        transactions.inCongress(QINGHAI, () -> {
            for (int i = 0; i < 6; i++) {
                clocks.start(QINGHAI, "LETTER_RECEIVED", new DeadlineSubject("LETTER", UUID.randomUUID().toString(), title,
                        Optional.empty()), LocalDate.of(2025, 1, 2), false);
            }
            return null;
        });
        LocalDate today = LocalDate.of(2025, 8, 1);
        var settings = TestDatabase.instance().settings();
        try (Connection other = DriverManager.getConnection(settings.url(), settings.platformUsername(), settings.platformPassword())) {
            other.setAutoCommit(false);
            Set<UUID> held = new HashSet<>();
            try (PreparedStatement lock = other.prepareStatement(
                    "SELECT id FROM deadline WHERE subject_title = ? ORDER BY id LIMIT 3 FOR UPDATE")) {
                lock.setString(1, title);
                try (ResultSet rows = lock.executeQuery()) {
                    while (rows.next()) {
                        held.add(rows.getObject(1, UUID.class));
                    }
                }
            }
            List<UUID> firstClaim = claimed(claims.claim(100_000, today, clock.instant(), Duration.ofMinutes(5)));
            List<UUID> secondClaim = claimed(claims.claim(100_000, today, clock.instant(), Duration.ofMinutes(5)));
            other.rollback();
            List<UUID> afterRelease = claimed(claims.claim(100_000, today, clock.instant(), Duration.ofMinutes(5)));
            List<UUID> afterLease = claimed(claims.claim(100_000, today, clock.instant().plus(Duration.ofMinutes(6)), Duration.ofMinutes(5)));

            assertThat(held).hasSize(3);
            assertThat(firstClaim).doesNotContainAnyElementsOf(held);
            assertThat(secondClaim).as("leased to the first claim").doesNotContainAnyElementsOf(firstClaim);
            assertThat(afterRelease).containsAll(held).doesNotContainAnyElementsOf(firstClaim);
            assertThat(afterLease).as("an expired lease is taken again").containsAll(held).containsAll(firstClaim);
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private PollOutcome pollTogether(CyclicBarrier together) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return poller.pollDue(clock.instant());
    }

    private static List<UUID> claimed(List<DeadlineClaimPort.Claimed> claimed) {
        return claimed.stream().map(DeadlineClaimPort.Claimed::id).map(DeadlineId::value).toList();
    }

    private DeadlineSubject suggestion(String title) {
        return new DeadlineSubject("SUGGESTION", UUID.randomUUID().toString(), title, Optional.of(new UnitId(UUID.fromString(unitId))));
    }

    private List<StartedDeadline> start(String event, DeadlineSubject subject, LocalDate on, boolean complex) {
        return transactions.inCongress(QINGHAI, () -> clocks.start(QINGHAI, event, subject, on, complex));
    }

    private LocalDate dueOf(String event, LocalDate on) {
        var started = start(event, new DeadlineSubject("REPORT", UUID.randomUUID().toString(), "期限计算", Optional.empty()), on, false);
        assertThat(started).hasSize(1);
        return started.getFirst().dueOn();
    }

    /** Moves the clock to the day, runs the poller at its entry point, and delivers what it wrote to the outbox. */
    private void pollOn(LocalDate day) {
        clock.moveTo(day);
        poller.pollDue(clock.instant());
        while (dispatcher.dispatchNext().isPresent()) {
            // deliver everything due
        }
    }

    /** Messages for the user's inbox about the subject (read from the outbox: every message, delivered or not). */
    private long inbox(String user, DeadlineSubject subject, String event) throws SQLException {
        return outbox("SELECT count(*) FROM outbox_message WHERE channel = 'INBOX' AND target = ? AND event = ? AND subject LIKE ?",
                user, event, "%" + subject.title() + "%");
    }

    private List<Map<String, Object>> subjectClocks(DeadlineSubject subject) {
        var response = api.get("/api/v1/deadlines?subjectKind=" + subject.kind() + "&subjectId=" + subject.id(), api.token("qinghai-liaison"));
        assertThat(response.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = response.list("items");
        return found;
    }

    private long outbox(String sql, String... parameters) throws SQLException {
        var settings = TestDatabase.instance().settings();
        try (Connection db = DriverManager.getConnection(settings.url(), settings.platformUsername(), settings.platformPassword());
                PreparedStatement count = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                count.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
