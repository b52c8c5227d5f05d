package org.lvzhi.domain.policy;

import java.util.List;
import java.util.Optional;

/** The Chinese text of a notification, with the named variables it may use ({{name}}). */
public record NotificationTemplate(
        String event, String subject, String body, List<String> variables, boolean mandatory, Optional<String> rule) {

    public NotificationTemplate {
        variables = Absent.orEmpty(variables);
        rule = Absent.orEmpty(rule);
    }
}
