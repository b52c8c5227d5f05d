package org.lvzhi.adapter.web.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a body could not be read, in Chinese: where the JSON breaks, never the parser's own words. The place is read
 * from the parser's message ({@code line: 1, column: 9}), which Micronaut's serde keeps while it drops the exception.
 */
final class UnreadableBody {

    private static final Pattern PLACE = Pattern.compile("line: (\\d+), column: (\\d+)");

    private UnreadableBody() {
    }

    static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Matcher place = PLACE.matcher(String.valueOf(cause.getMessage()));
            if (place.find()) {
                return Problems.text("body.unreadable.at", place.group(1), place.group(2));
            }
        }
        return Problems.text("body.unreadable");
    }
}
