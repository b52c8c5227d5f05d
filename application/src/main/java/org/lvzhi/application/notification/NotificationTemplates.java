package org.lvzhi.application.notification;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.lvzhi.application.event.Notification;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.NotificationTemplate;
import org.lvzhi.domain.policy.Sourced;
import org.lvzhi.domain.shared.Messages;

/**
 * Renders a notification with the congress's template for its event ({{name}} replaced by the named value;
 * the profile validator has made sure a template uses only declared names). An event without a template is
 * rendered plainly: its Chinese title and the values.
 */
@Singleton
class NotificationTemplates {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([a-zA-Z][a-zA-Z0-9]*)\\s*}}");
    private static final Messages MESSAGES = Messages.of(NotificationTemplates.class);

    private final PolicyProfileQueries profiles;

    NotificationTemplates(PolicyProfileQueries profiles) {
        this.profiles = profiles;
    }

    /** A rendered notification; a mandatory one reaches its recipients whatever they muted. */
    record Rendered(String subject, String body, boolean mandatory) {
    }

    Rendered render(Notification notification, LocalDate on) {
        return renderer(on).apply(notification);
    }

    /** Renders many notifications of the day, reading each congress's profile once for all of them. */
    Function<Notification, Rendered> renderer(LocalDate on) {
        Map<CongressId, EffectiveProfile> read = new HashMap<>();
        return notification -> template(read.computeIfAbsent(notification.congress(), congress -> profiles.effectiveIn(congress, on)),
                notification.event())
                .map(t -> new Rendered(fill(t.subject(), notification.variables()), fill(t.body(), notification.variables()), t.mandatory()))
                .orElseGet(() -> plain(notification));
    }

    boolean mandatory(CongressId congress, String event, LocalDate on) {
        return template(profiles.effectiveIn(congress, on), event).map(NotificationTemplate::mandatory).orElse(false);
    }

    private static Optional<NotificationTemplate> template(EffectiveProfile profile, String event) {
        return profile.templates().stream().map(Sourced::value).filter(t -> t.event().equals(event)).findFirst();
    }

    private static Rendered plain(Notification notification) {
        String title = MESSAGES.has("event." + notification.event())
                ? MESSAGES.text("event." + notification.event()) : notification.event();
        String body = notification.variables().entrySet().stream()
                .map(e -> e.getKey() + "：" + e.getValue())
                .collect(Collectors.joining("\n"));
        return new Rendered(title, body, false);
    }

    private static String fill(String text, Map<String, String> values) {
        Matcher variables = VARIABLE.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (variables.find()) {
            variables.appendReplacement(filled, Matcher.quoteReplacement(values.getOrDefault(variables.group(1), "")));
        }
        return variables.appendTail(filled).toString();
    }
}
