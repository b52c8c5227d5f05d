package org.lvzhi.application.event;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.lvzhi.domain.shared.Messages;

/**
 * Reads an event's facts two ways from its record components, so one record feeds both readers: as the texts a
 * Chinese template fills in (an enumerated value as its label, an absent value as nothing), and as the data of a
 * webhook payload (an enumerated value as its code, numbers and booleans as JSON ones, an absent or blank value left
 * out: a receiver never gets {@code ""}).
 */
final class EventFacts {

    private EventFacts() {
    }

    static Map<String, String> texts(Event event) {
        return read(event, EventFacts::text, "");
    }

    static Map<String, Object> data(Event event) {
        Map<String, Object> data = read(event, EventFacts::datum, null);
        data.values().removeIf(""::equals);
        return data;
    }

    private static <V> Map<String, V> read(Event event, Function<Object, V> shown, V absent) {
        if (!(event instanceof Record)) {
            throw new IllegalArgumentException("an event is a record: " + event.getClass().getName());
        }
        Map<String, V> facts = new LinkedHashMap<>();
        collect((Record) event, shown, absent, facts);
        return facts;
    }

    private static <V> void collect(Record facts, Function<Object, V> shown, V absent, Map<String, V> into) {
        for (RecordComponent component : facts.getClass().getRecordComponents()) {
            Object value = value(facts, component);
            if (value instanceof Event.Part && value instanceof Record part) {
                collect(part, shown, absent, into);
                continue;
            }
            Optional<?> present = value instanceof Optional<?> optional ? optional : Optional.of(value);
            V fact = present.map(shown).orElse(absent);
            if (fact != null) {
                into.put(component.getName(), fact);
            }
        }
    }

    private static String text(Object value) {
        return value instanceof Enum<?> code ? Messages.label(code) : String.valueOf(value);
    }

    private static Object datum(Object value) {
        return switch (value) {
            case Enum<?> code -> code.name();
            case Number number -> number;
            case Boolean flag -> flag;
            default -> value.toString();
        };
    }

    private static Object value(Record facts, RecordComponent component) {
        try {
            return component.getAccessor().invoke(facts);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + facts.getClass().getName(), e);
        }
    }
}
