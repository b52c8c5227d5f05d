package org.lvzhi.adapter.web.shared;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterPatternStyle;
import io.micronaut.http.filter.ServerFilterPhase;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.domain.shared.TextRule;

/**
 * The {@link TextRule} at the edge, for every field of every JSON body and every query parameter, before
 * anything binds them: one place refuses a U+0000 or an endless string, naming it by its JSON Pointer, so no
 * use case has to remember and nothing reaches the database. Imports (multipart) apply the rule per cell.
 */
@ServerFilter(value = "^/api/v1/(?!imports).*", patternStyle = FilterPatternStyle.REGEX)
class TextInputFilter implements Ordered {

    /** After authentication: an anonymous caller learns nothing about the rules of the input. */
    static final int ORDER = ServerFilterPhase.SECURITY.after();

    /** A query parameter is a filter or a search term, never a document. */
    static final int MAX_PARAMETER_LENGTH = 200;

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public int getOrder() {
        return ORDER;
    }

    @RequestFilter
    @Nullable
    HttpResponse<Problem> refuseBadText(HttpRequest<?> request, @Nullable @Body String body) {
        List<Problem.FieldError> errors = new ArrayList<>(parameterBreaches(request));
        if (body != null && request.getContentType().filter(TextInputFilter::isJson).isPresent()) {
            errors.addAll(bodyBreaches(body));
        }
        return errors.isEmpty() ? null : Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, Problems.text("invalid", errors.size()), errors);
    }

    private static List<Problem.FieldError> parameterBreaches(HttpRequest<?> request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, List<String>> parameter : request.getParameters()) {
            for (String value : parameter.getValue()) {
                TextRule.breach(value, MAX_PARAMETER_LENGTH)
                        .ifPresent(reason -> errors.add(new Problem.FieldError(Problems.pointer(parameter.getKey()), reason)));
            }
        }
        return errors;
    }

    /** Breaches in names and string values; a body that is not JSON is left to the binder's 400. */
    private static List<Problem.FieldError> bodyBreaches(String body) {
        List<Problem.FieldError> errors = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
                    Optional<String> breach = TextRule.breach(parser.getText());
                    String pointer = parser.getParsingContext().pathAsPointer().toString();
                    breach.ifPresent(reason -> errors.add(new Problem.FieldError(pointer, reason)));
                }
            }
        } catch (IOException notJson) {
            return errors;
        }
        return errors;
    }

    private static boolean isJson(MediaType type) {
        return type.matches(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json");
    }
}
