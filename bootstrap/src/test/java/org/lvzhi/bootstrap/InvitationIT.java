package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.notification.NotificationDispatcher;

/** Accounts by role: invitations by e-mail with a one-time link, disabling and enabling, deputies invited at registration. */
@MicronautTest(transactional = false)
@Property(name = "lvzhi.test.movable-clock", value = "true")
@Property(name = "lvzhi.notification.dispatcher.enabled", value = "false")
@Property(name = "lvzhi.identity.local.platform-admin.login", value = "first.root")
@Property(name = "lvzhi.identity.local.platform-admin.email", value = "first.root@example.cn")
@Property(name = "lvzhi.identity.local.platform-admin.name", value = "司马平台")
class InvitationIT extends ApiTest {

    @Inject MovableClock clock;
    @Inject NotificationDispatcher dispatcher;
    @Value("${lvzhi.data-dir}") String dataDir;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @DisplayName("an invited liaison officer sets a password through the e-mailed link, once, and signs in under their whole name")
    void invitedStaffSignsIn() {
        String admin = api.token("qinghai-admin");
        var invited = api.post("/api/v1/accounts", admin, Map.of(
                "login", "ouyang.ming", "name", "欧阳明", "email", "ouyang.ming@example.cn", "role", "LIAISON_OFFICER"));
        String token = invitationTo("ouyang.ming@example.cn");

        var weak = accept(token, "123");
        var accepted = accept(token, "西宁2026联络员密码");
        var again = accept(token, "西宁2026联络员密码");
        var session = signIn("ouyang.ming", "西宁2026联络员密码");

        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        assertThat(invited.json()).containsEntry("name", "欧阳明").containsEntry("passwordSet", false)
                .containsEntry("roles", List.of("LIAISON_OFFICER"));
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.pointers()).containsExactly("/password");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(204);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.pointers()).containsExactly("/token");
        assertThat(again.list("errors").getFirst().get("message").toString()).contains("已被使用");
        assertThat(session.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/congresses/current", session.text("access_token")).text("id")).isEqualTo("qinghai");
        assertThat(api.get("/api/v1/accounts?size=200", admin).list("items"))
                .anyMatch(a -> "ouyang.ming".equals(a.get("login")) && Boolean.TRUE.equals(a.get("passwordSet")));
    }

    @Test
    @DisplayName("the accounts page like every list: {items, page, size, total, next} and Link, next walking every account once")
    void accountsPage() {
        String admin = api.token("hunan-admin");
        var first = api.get("/api/v1/accounts?size=2", admin);
        String next = String.valueOf(first.json().get("next"));
        var second = api.get(next, admin);

        assertThat(first.json()).containsEntry("page", 0).containsEntry("size", 2);
        assertThat(((Number) first.json().get("total")).longValue()).isGreaterThanOrEqualTo(7);
        assertThat(first.header("Link")).isEqualTo("<" + next + ">; rel=\"next\"");
        assertThat(next).contains("page=1").contains("size=2");
        assertThat(second.list("items")).hasSize(2).extracting(a -> a.get("login"))
                .doesNotContainAnyElementsOf(first.list("items").stream().map(a -> a.get("login")).toList());
    }

    @Test
    @DisplayName("a forgotten password is reset through an e-mailed link, which ends every session; an unknown login is answered the same")
    void passwordReset() {
        api.post("/api/v1/accounts", api.token("hunan-admin"), Map.of(
                "login", "forgetful", "name", "慕容雪", "email", "murong@example.cn", "role", "LIAISON_OFFICER"));
        accept(invitationTo("murong@example.cn"), "湖南2026初始密码");
        String before = signIn("forgetful", "湖南2026初始密码").text("access_token");

        var asked = api.post("/api/v1/auth/password-reset", null, Map.of("username", "forgetful"));
        var unknown = api.post("/api/v1/auth/password-reset", null, Map.of("username", "nobody-at-all"));
        var reset = accept(invitationTo("murong@example.cn"), "湖南2026新的密码");

        assertThat(asked.status()).isEqualTo(202);
        assertThat(unknown.status()).isEqualTo(202);
        assertThat(reset.status()).isEqualTo(204);
        assertThat(api.get("/api/v1/congresses/current", before).status()).isEqualTo(401);
        assertThat(signIn("forgetful", "湖南2026初始密码").status()).isEqualTo(401);
        assertThat(signIn("forgetful", "湖南2026新的密码").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("a password change needs the current password and the policy, and ends every session")
    void changesPassword() {
        api.post("/api/v1/accounts", api.token("sh-jiading-admin"), Map.of(
                "login", "changer", "name", "钟离安", "email", "zhongli@example.cn", "role", "LIAISON_OFFICER"));
        accept(invitationTo("zhongli@example.cn"), "嘉定区2026旧密码");
        String token = signIn("changer", "嘉定区2026旧密码").text("access_token");

        var wrongCurrent = api.post("/api/v1/auth/password", token, Map.of("currentPassword", "nope", "newPassword", "嘉定区2026新密码"));
        var weak = api.post("/api/v1/auth/password", token, Map.of("currentPassword", "嘉定区2026旧密码", "newPassword", "short"));
        var changed = api.post("/api/v1/auth/password", token, Map.of("currentPassword", "嘉定区2026旧密码", "newPassword", "嘉定区2026新密码"));

        assertThat(wrongCurrent.status()).isEqualTo(422);
        assertThat(wrongCurrent.pointers()).containsExactly("/currentPassword");
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.pointers()).containsExactly("/newPassword");
        assertThat(changed.status()).isEqualTo(204);
        assertThat(api.get("/api/v1/terms", token).status()).isEqualTo(401);
        assertThat(signIn("changer", "嘉定区2026旧密码").status()).isEqualTo(401);
        assertThat(signIn("changer", "嘉定区2026新密码").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("a link opened after it expired is refused in Chinese and sets nothing")
    void expiredLinkIsRefused() {
        api.post("/api/v1/accounts", api.token("hunan-admin"), Map.of(
                "login", "late.comer", "name", "司马青", "email", "late@example.cn", "role", "GROUP_LEADER"));
        String token = invitationTo("late@example.cn");

        clock.advance(Duration.ofHours(73));
        var expired = accept(token, "湖南2026组长密码");

        assertThat(expired.status()).isEqualTo(422);
        assertThat(expired.list("errors").getFirst().get("message").toString()).contains("过期");
        assertThat(signIn("late.comer", "湖南2026组长密码").status()).isEqualTo(401);
    }

    @Test
    @DisplayName("bad input is refused naming the field: an e-mail that is not one, a role a congress cannot give")
    void badInvitations() {
        String admin = api.token("hunan-admin");

        var badEmail = api.post("/api/v1/accounts", admin, Map.of("login", "x.y.z", "name", "张三", "email", "not-an-address", "role", "DEPUTY"));
        var platformRole = api.post("/api/v1/accounts", admin, Map.of("login", "x.y.z", "name", "张三", "email", "z@example.cn", "role", "PLATFORM_ADMIN"));
        var byLiaison = api.post("/api/v1/accounts", api.token("hunan-liaison"), Map.of("login", "x.y.z", "name", "张三", "email", "z@example.cn", "role", "DEPUTY"));

        assertThat(badEmail.status()).isEqualTo(422);
        assertThat(badEmail.pointers()).containsExactly("/email");
        assertThat(platformRole.status()).isEqualTo(422);
        assertThat(platformRole.pointers()).containsExactly("/role");
        assertThat(byLiaison.status()).isEqualTo(403);
    }

    @Test
    @DisplayName("one account, liaison officer of one congress and deputy of another, acts in each with that congress's roles only")
    void rolesHoldOnlyInTheirCongress() {
        api.post("/api/v1/accounts", api.token("qinghai-admin"), Map.of(
                "login", "sima.shuang", "name", "司马双", "email", "sima.shuang@example.cn", "role", "LIAISON_OFFICER"));
        accept(invitationTo("sima.shuang@example.cn"), "西宁2026双重身份");
        var inHunan = api.post("/api/v1/accounts", api.token("hunan-admin"), Map.of(
                "login", "sima.shuang", "name", "司马双", "email", "sima.shuang@example.cn", "role", "DEPUTY"));
        String token = signIn("sima.shuang", "西宁2026双重身份").text("access_token");
        String delegation = "{\"name\":\"司马双所建代表团\"}";

        var asOfficer = api.send("POST", "/api/v1/delegations", token, "qinghai", delegation);
        var asDeputy = api.send("POST", "/api/v1/delegations", token, "hunan", delegation);

        assertThat(inHunan.status()).as(inHunan.toString()).isEqualTo(201);
        assertThat(asOfficer.status()).as(asOfficer.toString()).isEqualTo(201);
        assertThat(asDeputy.status()).as(asDeputy.toString()).isEqualTo(403);
    }

    @Test
    @DisplayName("a disabled account's token is refused at once (401); enabled again, it signs in")
    void disableAndEnable() {
        String admin = api.token("bj-dongcheng-admin");
        String token = api.token("bj-dongcheng-group-leader");
        assertThat(api.get("/api/v1/congresses/current", token).status()).isEqualTo(200);

        assertThat(api.post("/api/v1/accounts/bj-dongcheng-group-leader/disable", admin, Map.of()).status()).isEqualTo(204);
        var refused = api.get("/api/v1/congresses/current", token);
        var signInRefused = signIn("bj-dongcheng-group-leader", "demo");
        assertThat(api.post("/api/v1/accounts/bj-dongcheng-group-leader/enable", admin, Map.of()).status()).isEqualTo(204);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(signInRefused.status()).isEqualTo(401);
        assertThat(signInRefused.text("detail")).contains("已停用");
        assertThat(signIn("bj-dongcheng-group-leader", "demo").status()).isEqualTo(200);
        assertThat(api.post("/api/v1/accounts/nobody-here/disable", admin, Map.of()).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("a deputy registered with an e-mail is invited, signs in to see only their seat, and loses only that congress when terminated")
    void deputyInvitedAtRegistration() {
        String liaison = api.token("sh-jiading-liaison");
        var registered = api.post("/api/v1/deputies", liaison, Map.of(
                "name", "诸葛明远", "login", "zhuge.mingyuan", "termId", api.firstTermId(liaison), "constituency", "DISTRICT",
                "constituencyName", "第11选区", "contact", Map.of("email", "zhuge@example.cn")));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(accept(invitationTo("zhuge@example.cn"), "嘉定2026代表密码").status()).isEqualTo(204);
        String deputy = signIn("zhuge.mingyuan", "嘉定2026代表密码").text("access_token");

        var own = api.get("/api/v1/deputies/me", deputy);
        var other = api.get("/api/v1/deputies/" + deputyNamed(liaison, "顾建平"), deputy);
        api.post("/api/v1/deputies/" + registered.text("id") + "/status", liaison, Map.of("status", "TERMINATED", "reason", "依法终止"));

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.text("id")).isEqualTo(registered.text("id"));
        assertThat(other.status()).isEqualTo(404);
        assertThat(api.get("/api/v1/deputies/me", deputy).status()).isEqualTo(401);
    }

    @Test
    @DisplayName("a congress founded with its first admin is ready in one step: the admin accepts the invitation and administers it")
    void congressReadyInOneStep() {
        String platform = api.token("platform-admin");
        var badAdmin = api.post("/api/v1/congresses", platform, Map.of("id", "haidong-city", "name", "海东市人民代表大会",
                "level", "CITY", "parentId", "qinghai", "firstAdmin", Map.of("name", "上官文", "email", "nope")));
        var founded = api.post("/api/v1/congresses", platform, Map.of("id", "haidong-city", "name", "海东市人民代表大会",
                "level", "CITY", "parentId", "qinghai", "firstAdmin", Map.of("name", "上官文", "email", "shangguan@example.cn")));
        accept(invitationTo("shangguan@example.cn"), "海东2026管理员密码");
        String admin = signIn("shangguan@example.cn", "海东2026管理员密码").text("access_token");

        assertThat(badAdmin.status()).isEqualTo(422);
        assertThat(badAdmin.pointers()).containsExactly("/firstAdmin/email");
        assertThat(founded.status()).as(founded.toString()).isEqualTo(201);
        assertThat(api.get("/api/v1/congresses/current", admin).text("id")).isEqualTo("haidong-city");
        assertThat(api.get("/api/v1/accounts", admin).list("items")).extracting(a -> a.get("login")).containsExactly("shangguan@example.cn");
    }

    @Test
    @DisplayName("a real deployment's first platform admin comes from configuration: e-mailed a link at start, they choose a password and administer the platform")
    void firstPlatformAdminFromConfiguration() {
        String link = invitationTo("first.root@example.cn");
        var accepted = accept(link, "平台2026管理员密码");
        var session = signIn("first.root", "平台2026管理员密码");

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(204);
        assertThat(session.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/congresses?size=200", session.text("access_token")).status()).isEqualTo(200);
    }

    private String invitationTo(String address) {
        return Mailbox.invitationTo(dispatcher, Path.of(dataDir), address);
    }

    private ApiClient.Response accept(String token, String password) {
        return api.post("/api/v1/auth/invitations/acceptance", null, Map.of("token", token, "password", password));
    }

    private ApiClient.Response signIn(String username, String password) {
        return api.post("/api/v1/auth/token", null, Map.of("username", username, "password", password));
    }
}
