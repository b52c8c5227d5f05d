package org.lvzhi.adapter.identity.keycloak;

import org.lvzhi.application.identity.port.out.IdentityProviderUnavailable;
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
import org.lvzhi.domain.shared.Messages;

/** JSON and form requests to Keycloak, with a short timeout so an outage is reported quickly. */
@Singleton
@Requires(env = "keycloak")
class KeycloakHttp {

    static final Messages MESSAGES = Messages.of(KeycloakHttp.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    /** HTTP/1.1: over plain HTTP the client's h2c upgrade left connections Keycloak had closed ("EOF reached while reading"). */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
    private final JsonMapper json;

    KeycloakHttp(JsonMapper json) {
        this.json = json;
    }

    /** Posts a form (token requests) and answers the status and the JSON body. */
    Answer postForm(URI uri, Map<String, String> form) {
        return send(HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded(form))).build());
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
            throw new IdentityProviderUnavailable(MESSAGES.text("unwritable"), e);
        }
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers().firstValue("Location"));
        } catch (IOException e) {
            throw new IdentityProviderUnavailable(MESSAGES.text("unreachable", request.uri().getAuthority()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdentityProviderUnavailable(MESSAGES.text("interrupted"), e);
        }
    }

    <T> T read(Answer answer, Argument<T> type) {
        try {
            return json.readValue(answer.body(), type);
        } catch (IOException e) {
            throw new IdentityProviderUnavailable(MESSAGES.text("not-json", answer.body()), e);
        }
    }

    /** A form body or a query string. */
    static String encoded(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Status, body and (for a creation) where the created resource is. */
    record Answer(int status, String body, Optional<String> location) {

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }
}
