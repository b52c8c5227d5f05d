package org.lvzhi.adapter.web.testing;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Calls the web adapter over HTTP as a client would, and reads its JSON answers. */
@Singleton
public class Api {

    private final HttpClient client = HttpClient.newHttpClient();
    private final EmbeddedServer server;
    private final JsonMapper json;

    Api(EmbeddedServer server, JsonMapper json) {
        this.server = server;
        this.json = json;
    }

    public Answer get(String path, String token, String... headers) {
        return send(request(path, token, headers).GET());
    }

    public Answer post(String path, String token, String contentType, String body, String... headers) {
        return send(request(path, token, headers).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Answer postJson(String path, String token, String body, String... headers) {
        return post(path, token, "application/json", body, headers);
    }

    public Answer put(String path, String token, String contentType, String body, String... headers) {
        return send(request(path, token, headers).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Answer putJson(String path, String token, String body, String... headers) {
        return put(path, token, "application/json", body, headers);
    }

    public Answer delete(String path, String token, String... headers) {
        return send(request(path, token, headers).DELETE());
    }

    /** A request of any method with a JSON body (a DELETE that names what it removes). */
    public Answer send(String method, String path, String token, String json, String... headers) {
        return send(request(path, token, headers).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A multipart/form-data POST with one file part named {@code file}. */
    public Answer upload(String path, String token, String fileName, String fileType, byte[] content, String... headers) {
        String boundary = "lvzhi-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + fileType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return send(request(path, token, headers).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail))));
    }

    private HttpRequest.Builder request(String path, String token, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return request;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(),
                    response.headers(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer: its status, content type, body and headers, with the problem details' field pointers. */
    public record Answer(int status, String contentType, String body, HttpHeaders headers, JsonMapper json) {

        /** The first value of a response header, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonNode node() {
            try {
                return json.readValue(body, JsonNode.class);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        public String text(String field) {
            JsonNode value = node().get(field);
            return value == null || value.isNull() ? null : value.coerceStringValue();
        }

        public List<String> pointers() {
            List<String> pointers = new ArrayList<>();
            node().get("errors").values().forEach(error -> pointers.add(error.get("pointer").getStringValue()));
            return pointers;
        }

        /** The message of the problem's error at {@code pointer}. */
        public String message(String pointer) {
            for (JsonNode error : node().get("errors").values()) {
                if (error.get("pointer").getStringValue().equals(pointer)) {
                    return error.get("message").getStringValue();
                }
            }
            throw new AssertionError("no error at " + pointer + ": " + body);
        }
    }
}
