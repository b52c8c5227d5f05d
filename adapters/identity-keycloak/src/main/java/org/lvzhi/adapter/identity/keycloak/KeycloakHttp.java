package org.lvzhi.adapter.identity.keycloak;

import org.lvzhi.application.identity.IdentityProviderUnavailable;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** JSON and form requests to Keycloak, with a short timeout so an outage is reported quickly. */
@Singleton
@Requires(env = "keycloak")
class KeycloakHttp {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final JsonMapper json;

    KeycloakHttp(JsonMapper json) {
        this.json = json;
    }

    /** Posts a form (token requests) and answers the status and the JSON body. */
    Answer postForm(URI uri, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    Answer send(String method, URI uri, String bearer, Object body) {
        try {
            HttpRequest.BodyPublisher payload = body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : json.writeValueAsString(body));
            return send(HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                    .header("Authorization", "Bearer " + bearer)
                    .header("Content-Type", "application/json")
                    .method(method, payload).build());
        } catch (IOException e) {
            throw new IdentityProviderUnavailable("cannot write a request to Keycloak", e);
        }
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers().firstValue("Location"));
        } catch (IOException e) {
            throw new IdentityProviderUnavailable("Keycloak is unreachable at " + request.uri().getAuthority(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdentityProviderUnavailable("interrupted while calling Keycloak", e);
        }
    }

    <T> T read(Answer answer, Argument<T> type) {
        try {
            return json.readValue(answer.body(), type);
        } catch (IOException e) {
            throw new IdentityProviderUnavailable("Keycloak answered something that is not JSON: " + answer.body(), e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Status, body and (for a creation) where the created resource is. */
    record Answer(int status, String body, Optional<String> location) {

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }
}
