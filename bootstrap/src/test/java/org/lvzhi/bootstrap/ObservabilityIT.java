package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.scheduler.NightlyEvaluationJob;
import org.slf4j.LoggerFactory;

/** What an operator watches: Prometheus meters, /info, and log lines that name their request. */
@MicronautTest(transactional = false)
@Property(name = "lvzhi.notification.dispatcher.enabled", value = "false")
@Property(name = "lvzhi.metrics.backlog-fresh-for", value = "0s")
@Property(name = "lvzhi.test.log-probe", value = "true")
class ObservabilityIT extends ApiTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject NightlyEvaluationJob nightly;
    @Inject @Named("platform") DataSource platform;
    @Inject DataSourceResolver dataSources;

    @Test
    @DisplayName("/prometheus shows HTTP latency by route and status, the pools, the backlogs and the evaluation's duration")
    void prometheusShowsWhatAnOperatorWatches() throws Exception {
        api.get("/api/v1/terms", api.token("qinghai-liaison"));
        nightly.evaluateAll();

        String meters = fetch("/prometheus").body();

        assertThat(meters).containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"200\"[^}]*uri=\"/api/v1/terms\"");
        assertThat(meters).contains("hikaricp_connections_active{", "lvzhi_outbox_oldest_age", "lvzhi_deadline_backlog");
        assertThat(value(meters, "lvzhi_outbox_backlog")).isEqualTo(count("SELECT count(*) FROM outbox_message WHERE status = 'PENDING'"));
        assertThat(value(meters, "lvzhi_evaluation_duration_seconds_count")).isGreaterThanOrEqualTo(4);
    }

    @Test
    @DisplayName("/info answers the version and the commit, without a token")
    void infoAnswersVersionAndCommit() throws Exception {
        var response = fetch("/info");

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> info = json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
        assertThat(info).containsEntry("name", "lvzhi").containsEntry("version", "0.1.0-SNAPSHOT");
        assertThat(String.valueOf(info.get("git"))).containsPattern("abbrev=[0-9a-f]{7}");
    }

    @Test
    @DisplayName("a java.util.logging line written while serving a request reaches Logback naming its request id, congress and user; the answer carries the id")
    void logLinesNameTheirRequest() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(LogProbeController.LOGGER);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        try {
            var response = http.send(HttpRequest.newBuilder(server.getURI().resolve("/test/log-probe"))
                    .header("Authorization", "Bearer " + api.token("platform-admin")).header("X-Congress", "hunan")
                    .header("X-Request-Id", "req-4711").build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("X-Request-Id")).contains("req-4711");
            assertThat(fetch("/api/v1/terms").headers().firstValue("X-Request-Id")).get().asString().hasSize(36);
            assertThat(lines.list).isNotEmpty().allSatisfy(line -> assertThat(line.getMDCPropertyMap())
                    .containsEntry("requestId", "req-4711").containsEntry("congress", "hunan").containsEntry("user", "platform-admin"));
        } finally {
            logger.detachAppender(lines);
        }
    }

    private HttpResponse<String> fetch(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.getURI().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static double value(String meters, String name) {
        Matcher line = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(meters);
        assertThat(line.find()).as(name + " in\n" + meters).isTrue();
        return Double.parseDouble(line.group(1));
    }

    private double count(String sql) throws SQLException {
        try (var connection = dataSources.resolve(platform).getConnection(); var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
