package org.lvzhi.adapter.web.shared;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterPatternStyle;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.idempotency.port.in.IdempotentRequests.Admission;
import org.lvzhi.application.idempotency.port.in.IdempotentRequests;
import org.lvzhi.application.idempotency.port.out.KeptAnswer;
import org.lvzhi.application.shared.ActingCaller;

/**
 * Honours {@code Idempotency-Key} on every POST of the API (imports have their own row fingerprints): the first
 * request with a key runs and its answer is kept; a retry with the same key and body gets that answer again
 * (marked {@code Idempotent-Replayed: true}), with another body 422, while the first still runs 409. A server
 * failure (5xx) is not kept, so the retry runs afresh.
 */
@ServerFilter(value = "^/api/v1/(?!imports).*", patternStyle = FilterPatternStyle.REGEX)
class IdempotencyFilter implements Ordered {

    static final String KEY_HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";

    private final IdempotentRequests requests;
    private final ActingCallerBinder callers;
    private final JsonMapper json;

    IdempotencyFilter(IdempotentRequests requests, ActingCallerBinder callers, JsonMapper json) {
        this.requests = requests;
        this.callers = callers;
        this.json = json;
    }

    /** After authentication (the key is the caller's own, in the congress the request acts in) and the text rule. */
    @Override
    public int getOrder() {
        return TextInputFilter.ORDER + 1;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> admit(HttpRequest<?> request, @Nullable @Body String body) {
        Optional<String> key = request.getHeaders().findFirst(KEY_HEADER);
        Optional<ActingCaller> caller = key.isPresent() && request.getMethod() == HttpMethod.POST ? callers.actingCallerIfAny(request) : Optional.empty();
        if (caller.isEmpty()) {
            return null;
        }
        return switch (requests.admit(caller.get(), key.get(), fingerprint(request, body))) {
            case Admission.Run run -> {
                request.setAttribute(CLAIM, new Claim(caller.get(), key.get()));
                yield null;
            }
            case Admission.Replay replay -> replayed(replay.answer());
            case Admission.OtherRequest other -> Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, other.reason(),
                    List.of(new Problem.FieldError(Problems.pointer(KEY_HEADER), other.reason())));
            case Admission.InFlight inFlight -> Problems.of(HttpStatus.CONFLICT, inFlight.reason());
        };
    }

    @ResponseFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void keepAnswer(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(CLAIM, Claim.class).ifPresent(claim -> {
            if (response.code() >= 500) {
                requests.abandoned(claim.caller(), claim.key());
            } else {
                requests.answered(claim.caller(), claim.key(), new KeptAnswer(response.code(),
                        response.getContentType().map(MediaType::toString).orElse(MediaType.APPLICATION_JSON),
                        response.getBody().map(this::serialized).orElse(""), response.getHeaders().findFirst(HttpHeaders.LOCATION)));
            }
        });
    }

    private static MutableHttpResponse<String> replayed(KeptAnswer answer) {
        MutableHttpResponse<String> response = HttpResponse.<String>status(HttpStatus.valueOf(answer.status()))
                .contentType(answer.contentType()).header(REPLAYED_HEADER, "true");
        answer.location().ifPresent(location -> response.header(HttpHeaders.LOCATION, location));
        return answer.body().isEmpty() ? response : response.body(answer.body());
    }

    private String serialized(Object body) {
        try {
            return body instanceof CharSequence text ? text.toString() : json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The request as the key promises it: method, path and query, and the body's bytes. */
    private static String fingerprint(HttpRequest<?> request, @Nullable String body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethodName() + " " + request.getUri() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update((body == null ? "" : body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private record Claim(ActingCaller caller, String key) {
    }
}
