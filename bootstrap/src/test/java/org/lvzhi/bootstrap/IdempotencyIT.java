package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.idempotency.port.in.IdempotentRequests;
import org.lvzhi.application.idempotency.port.in.IdempotentRequests.Admission;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Principal;
import org.lvzhi.domain.congress.CongressId;

@MicronautTest(transactional = false)
@Property(name = "lvzhi.test.movable-clock", value = "true")
class IdempotencyIT extends ApiTest {

    @Inject MovableClock clock;
    @Inject IdempotentRequests requests;

    @Test
    @DisplayName("three tries of one POST with the same Idempotency-Key create one deputy and answer each with it")
    void retriesCreateOnce() {
        String liaison = api.token("qinghai-liaison");
        long before = deputies(liaison);
        String body = deputy(liaison, "幂等甲");

        var first = post(liaison, "try-1", body);
        var second = post(liaison, "try-1", body);
        var third = post(liaison, "try-1", body);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(List.of(second, third)).allSatisfy(retry -> {
            assertThat(retry.status()).isEqualTo(201);
            assertThat(retry.json()).isEqualTo(first.json());
        });
        assertThat(deputies(liaison)).isEqualTo(before + 1);
    }

    @Test
    @DisplayName("the same key with another body answers 422 on the key and creates nothing")
    void sameKeyOtherBody() {
        String liaison = api.token("qinghai-liaison");
        post(liaison, "try-2", deputy(liaison, "幂等乙"));
        long before = deputies(liaison);

        var response = post(liaison, "try-2", deputy(liaison, "幂等丙"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.pointers()).containsExactly("/Idempotency-Key");
        assertThat(deputies(liaison)).isEqualTo(before);
    }

    @Test
    @DisplayName("eight concurrent sends of one key create one deputy; the others replay it or are told it is running")
    void concurrentSendsCreateOnce() {
        String liaison = api.token("qinghai-liaison");
        long before = deputies(liaison);
        String body = deputy(liaison, "幂等丁");

        var answers = IntStream.range(0, 8).mapToObj(i -> CompletableFuture.supplyAsync(() -> post(liaison, "try-3", body)))
                .toList().stream().map(CompletableFuture::join).toList();

        assertThat(answers).extracting(ApiClient.Response::status).isSubsetOf(201, 409).contains(201);
        assertThat(answers).filteredOn(a -> a.status() == 201).extracting(a -> a.text("id")).containsOnly(
                answers.stream().filter(a -> a.status() == 201).findFirst().orElseThrow().text("id"));
        assertThat(deputies(liaison)).isEqualTo(before + 1);
    }

    @Test
    @DisplayName("a key is kept for 24 hours: a day later the same key runs the request again")
    void keyExpiresAfterADay() {
        String liaison = api.token("qinghai-liaison");
        String body = deputy(liaison, "幂等戊");
        post(liaison, "try-4", body);
        long before = deputies(liaison);

        clock.advance(Duration.ofHours(23));
        String sameDay = api.token("qinghai-liaison");
        assertThat(post(sameDay, "try-4", body).status()).isEqualTo(201);
        assertThat(deputies(sameDay)).isEqualTo(before);

        clock.advance(Duration.ofHours(2));
        String nextDay = api.token("qinghai-liaison");
        assertThat(post(nextDay, "try-4", body).status()).isEqualTo(201);
        assertThat(deputies(nextDay)).isEqualTo(before + 1);
    }

    @Test
    @DisplayName("a key belongs to its caller: another caller using it runs their own request")
    void keyIsPerCaller() {
        String liaison = api.token("qinghai-liaison");
        String admin = api.token("qinghai-admin");
        long before = deputies(liaison);

        post(liaison, "try-5", deputy(liaison, "幂等己"));
        var other = post(admin, "try-5", deputy(liaison, "幂等庚"));

        assertThat(other.status()).as(other.toString()).isEqualTo(201);
        assertThat(deputies(liaison)).isEqualTo(before + 2);
    }

    @Test
    @DisplayName("while the first request runs a retry is told so; once its two-minute lease ends (its node died) a retry takes the key")
    void abandonedClaimIsTakenOver() {
        CongressId qinghai = new CongressId("qinghai");
        ActingCaller caller = new ActingCaller(new Principal("qinghai-liaison", Set.of(qinghai), Set.of(AccessRole.LIAISON_OFFICER)), qinghai);

        assertThat(requests.admit(caller, "try-6", "body-a")).isInstanceOf(Admission.Run.class);
        clock.advance(Duration.ofSeconds(119));
        assertThat(requests.admit(caller, "try-6", "body-a")).isInstanceOf(Admission.InFlight.class);
        clock.advance(Duration.ofSeconds(1));
        assertThat(requests.admit(caller, "try-6", "body-a")).isInstanceOf(Admission.Run.class);
    }

    private ApiClient.Response post(String token, String key, String body) {
        return api.send("POST", "/api/v1/deputies", token, null, body,
                Map.of("Content-Type", "application/json", "Idempotency-Key", key));
    }

    private String deputy(String token, String name) {
        return "{\"name\":\"" + name + "\",\"termId\":\"" + api.firstTermId(token) + "\",\"constituency\":\"ELECTING_UNIT\","
                + "\"constituencyName\":\"西宁市人大\"}";
    }

    private long deputies(String token) {
        return ((Number) api.get("/api/v1/deputies?total=true", token).json().get("total")).longValue();
    }
}
