package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The same Idempotency-Key sent at once to two nodes of one cluster. */
class TwoNodeIdempotencyIT {

    private final ApplicationContext nodeA = TestNode.start(Map.of());
    private final ApplicationContext nodeB = TestNode.start(Map.of());

    @AfterEach
    void stop() {
        nodeA.close();
        nodeB.close();
    }

    @Test
    @DisplayName("ten sends of one key spread over two nodes create one deputy; every other answer replays it or says it is running")
    void oneRowAcrossNodes() {
        ApiClient a = TestNode.client(nodeA);
        ApiClient b = TestNode.client(nodeB);
        String tokenA = a.token("sh-jiading-liaison");
        String tokenB = b.token("sh-jiading-liaison");
        long before = deputies(a, tokenA);
        String body = "{\"name\":\"两节点幂等\",\"termId\":\"" + a.firstTermId(tokenA) + "\",\"constituency\":\"ELECTING_UNIT\","
                + "\"constituencyName\":\"嘉定区人大\"}";

        List<ApiClient.Response> answers = IntStream.range(0, 10)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> i % 2 == 0 ? post(a, tokenA, body) : post(b, tokenB, body)))
                .toList().stream().map(CompletableFuture::join).toList();

        assertThat(answers).extracting(ApiClient.Response::status).isSubsetOf(201, 409).contains(201);
        assertThat(answers).filteredOn(answer -> answer.status() == 201).extracting(answer -> answer.text("id")).containsOnly(
                answers.stream().filter(answer -> answer.status() == 201).findFirst().orElseThrow().text("id"));
        assertThat(deputies(b, tokenB)).isEqualTo(before + 1);
    }

    private static ApiClient.Response post(ApiClient api, String token, String body) {
        return api.send("POST", "/api/v1/deputies", token, null, body,
                Map.of("Content-Type", "application/json", "Idempotency-Key", "two-nodes-1"));
    }

    private static long deputies(ApiClient api, String token) {
        return ((Number) api.get("/api/v1/deputies?total=true", token).json().get("total")).longValue();
    }
}
