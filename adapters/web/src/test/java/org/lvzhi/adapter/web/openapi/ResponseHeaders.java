package org.lvzhi.adapter.web.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * The headers filters put on a route's own answers, which no controller declares: the caller's remaining request
 * budget (RateLimitFilter) on every signed-in answer, and whether an answer is a replay (IdempotencyFilter).
 */
final class ResponseHeaders {

    private static final String HEADERS = "#/components/headers/";

    private ResponseHeaders() {
    }

    static void declare(Operation operation, boolean signedIn, boolean idempotent) {
        operation.getResponses().forEach((status, response) -> {
            if (response.get$ref() != null || !status.startsWith("2")) {
                return; // the problem answers in components declare their own
            }
            if (signedIn) {
                add(response, "RateLimit-Limit");
                add(response, "RateLimit-Remaining");
            }
            if (idempotent) {
                add(response, "Idempotent-Replayed");
            }
        });
    }

    private static void add(ApiResponse response, String name) {
        response.addHeaderObject(name, new Header().$ref(HEADERS + name));
    }
}
