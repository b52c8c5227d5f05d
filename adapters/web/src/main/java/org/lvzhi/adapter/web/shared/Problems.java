package org.lvzhi.adapter.web.shared;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;
import org.lvzhi.domain.shared.Messages;

/** Builds the problem responses of the API; titles are Chinese, from this context's message bundle. */
public final class Problems {

    private static final Messages MESSAGES = Messages.of(Problems.class);

    private Problems() {
    }

    public static MutableHttpResponse<Problem> of(HttpStatus status, String detail, List<Problem.FieldError> errors) {
        Problem problem = new Problem("about:blank", title(status.getCode()), status.getCode(), detail, errors);
        return HttpResponse.<Problem>status(status).contentType(Problem.MEDIA_TYPE).body(problem);
    }

    public static MutableHttpResponse<Problem> of(HttpStatus status, String detail) {
        return of(status, detail, List.of());
    }

    /** The Chinese title of a status; statuses without their own share their class's. */
    static String title(int status) {
        String key = "title." + status;
        return MESSAGES.has(key) ? MESSAGES.text(key) : MESSAGES.text("title." + (status / 100) + "xx");
    }

    /** A dotted input field ({@code contact.email}) as a JSON Pointer ({@code /contact/email}). */
    public static String pointer(String field) {
        return "/" + field.replace("~", "~0").replace("/", "~1").replace('.', '/');
    }

    static String text(String key, Object... arguments) {
        return MESSAGES.text(key, arguments);
    }
}
