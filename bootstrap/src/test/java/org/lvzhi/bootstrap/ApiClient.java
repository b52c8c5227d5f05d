package org.lvzhi.bootstrap;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A small HTTP client for the API tests: sends JSON, reads JSON, never throws on an error status. */
final class ApiClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final JsonMapper json;

    ApiClient(URI base, JsonMapper json) {
        this.base = base;
        this.json = json;
    }

    String token(String username) {
        Response response = call("POST", "/api/v1/auth/token", null, null,
                Map.of("username", username, "password", "demo"));
        if (response.status() != 200) {
            throw new IllegalStateException("cannot sign in as " + username + ": " + response);
        }
        return response.text("access_token");
    }

    /** The first term of the congress the token acts in. */
    String firstTermId(String token) {
        return String.valueOf(((Map<?, ?>) get("/api/v1/terms", token).list("items").getFirst()).get("id"));
    }

    /** The deputies whose name contains the text, in the congress the token acts in. */
    Response deputiesNamed(String token, String name) {
        return get("/api/v1/deputies?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8), token);
    }

    /** The raw bytes of a GET (a PDF, say). */
    byte[] bytes(String path, String token) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token).GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + new String(response.body(),
                        StandardCharsets.UTF_8));
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An API client's token request (client credentials, the secret in the form), with either identity. */
    Response clientToken(String clientId, String secret) {
        return send("POST", "/api/v1/auth/client-token", null, null, "grant_type=client_credentials&client_id="
                + URLEncoder.encode(clientId, StandardCharsets.UTF_8) + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
    }

    Response get(String path, String token) {
        return call("GET", path, token, null, null);
    }

    Response get(String path, String token, String congress) {
        return call("GET", path, token, congress, null);
    }

    Response post(String path, String token, Object body) {
        return call("POST", path, token, null, body);
    }

    Response put(String path, String token, Object body) {
        return call("PUT", path, token, null, body);
    }

    Response call(String method, String path, String token, String congress, Object body) {
        try {
            String payload = body == null ? "" : body instanceof String raw ? raw : json.writeValueAsString(body);
            return send(method, path, token, congress, payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Response send(String method, String path, String token, String congress, String payload) {
        return send(method, path, token, congress, payload, Map.of("Content-Type", "application/json"));
    }

    Response send(String method, String path, String token, String congress, String payload, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .method(method, payload.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(payload));
        headers.forEach(request::header);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (congress != null) {
            request.header("X-Congress", congress);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Object body = response.body().isBlank() || !response.body().trim().matches("^[\\[{].*") ? response.body()
                    : json.readValue(response.body(), Argument.OBJECT_ARGUMENT);
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), body,
                    response.headers().firstValue("ETag").orElse(""), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, content type and the body parsed as JSON maps and lists (or the raw text). */
    record Response(int status, String contentType, Object body, String etag, java.net.http.HttpHeaders headers) {

        String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> json() {
            return (Map<String, Object>) body;
        }

        String text(String field) {
            return String.valueOf(json().get(field));
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list(String field) {
            return (List<Map<String, Object>>) json().get(field);
        }

        /** The JSON pointers of a problem's errors. */
        List<String> pointers() {
            return list("errors").stream().map(error -> String.valueOf(error.get("pointer"))).toList();
        }
    }
}
