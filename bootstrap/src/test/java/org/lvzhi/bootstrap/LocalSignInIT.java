package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The local identity as a small IdP: lockout on the platform's clock, rotating refresh tokens, sign-out, passwords. */
@MicronautTest(transactional = false)
@Property(name = "lvzhi.test.movable-clock", value = "true")
@Property(name = "lvzhi.identity.local.lockout.max-failures", value = "3")
@Property(name = "lvzhi.identity.local.lockout.lock-for", value = "10m")
class LocalSignInIT extends ApiTest {

    @Inject MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @DisplayName("after three wrong passwords even the right one is refused until ten minutes have passed, and the lock is audited")
    void locksAndUnlocks() throws SQLException {
        for (int i = 0; i < 3; i++) {
            assertThat(signIn("hunan-liaison", "wrong").status()).isEqualTo(401);
        }

        var locked = signIn("hunan-liaison", "demo");
        clock.advance(Duration.ofMinutes(9));
        var stillLocked = signIn("hunan-liaison", "demo");
        clock.advance(Duration.ofMinutes(1));
        var unlocked = signIn("hunan-liaison", "demo");

        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.text("detail")).contains("已暂时锁定");
        assertThat(stillLocked.status()).isEqualTo(401);
        assertThat(unlocked.status()).as(unlocked.toString()).isEqualTo(200);
        assertThat(CalendarDutiesIT.count(
                "SELECT count(*) FROM account_event e JOIN user_account a ON a.id = e.account_id "
                        + "WHERE a.login = 'hunan-liaison' AND e.event = 'account.locked' AND e.detail LIKE 'locked until %'"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("a refresh token is good once; presented again it revokes its whole family, successors included")
    void refreshTokenReuseRevokesTheFamily() {
        var first = signIn("hunan-deputy1", "demo");
        var second = refresh(first.text("refresh_token"));
        var replayed = refresh(first.text("refresh_token"));
        var successor = refresh(second.text("refresh_token"));

        assertThat(second.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/deputies/me", second.text("access_token")).status()).isEqualTo(401);
        assertThat(replayed.status()).isEqualTo(401);
        assertThat(successor.status()).isEqualTo(401);
    }

    @Test
    @DisplayName("signing out ends the session at once: its access and refresh tokens are refused")
    void signOutRevokes() {
        var session = signIn("hunan-deputy2", "demo");
        String token = session.text("access_token");
        assertThat(api.get("/api/v1/deputies/me", token).status()).isEqualTo(200);

        assertThat(api.post("/api/v1/auth/sign-out", token, Map.of()).status()).isEqualTo(204);

        assertThat(api.get("/api/v1/deputies/me", token).status()).isEqualTo(401);
        assertThat(refresh(session.text("refresh_token")).status()).isEqualTo(401);
    }

    @Test
    @DisplayName("every seed congress has demo accounts for the group leader, the delegation head and a handling unit")
    void demoAccountsForEveryRole() {
        for (String slug : new String[] {"qinghai", "hunan", "bj-dongcheng", "sh-jiading"}) {
            for (String user : new String[] {"group-leader", "delegation-head", "unit"}) {
                var session = signIn(slug + "-" + user, "demo");
                assertThat(session.status()).as(slug + "-" + user).isEqualTo(200);
                assertThat(api.get("/api/v1/congresses/current", session.text("access_token")).text("id")).isEqualTo(slug);
            }
        }
    }

    private ApiClient.Response signIn(String username, String password) {
        return api.post("/api/v1/auth/token", null, Map.of("username", username, "password", password));
    }

    private ApiClient.Response refresh(String refreshToken) {
        return api.post("/api/v1/auth/refresh", null, Map.of("refresh_token", refreshToken));
    }
}
