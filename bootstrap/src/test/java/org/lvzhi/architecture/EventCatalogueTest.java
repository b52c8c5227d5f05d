package org.lvzhi.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.event.Event;
import org.lvzhi.domain.policy.NotificationTemplate;
import org.lvzhi.tenants.ProfileDocumentReader;
import org.lvzhi.tenants.SeedProfiles;

/**
 * The catalogue of events is the event records themselves: each names itself by its code, and the baseline profile's
 * template of that code declares only facts the record carries (some, like a decision's flag, are for webhooks only), so
 * a template cannot drift from what the event carries.
 */
class EventCatalogueTest {

    private static final Map<String, Class<?>> EVENTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.lvzhi.application").stream()
            .filter(c -> c.isAssignableTo(Event.class) && !c.isInterface())
            .map(JavaClass::reflect)
            .collect(Collectors.toMap(EventCatalogueTest::code, Function.identity()));

    private static final Map<String, NotificationTemplate> BASELINE = new ProfileDocumentReader()
            .read(SeedProfiles.document("baseline")).profile().orElseThrow().templates().stream()
            .collect(Collectors.toMap(NotificationTemplate::event, Function.identity()));

    @Test
    @DisplayName("every event has its template in the baseline profile, and every template is of an event")
    void eachEventHasItsTemplate() {
        assertThat(BASELINE.keySet()).containsExactlyInAnyOrderElementsOf(EVENTS.keySet());
    }

    @Test
    @DisplayName("a template declares only facts of its event, shared parts read as the event's own")
    void templatesDeclareTheEventsFacts() {
        assertThat(EVENTS).allSatisfy((code, event) -> assertThat(BASELINE.get(code).variables())
                .as(code).isSubsetOf(facts(event).toList()));
    }

    private static Stream<String> facts(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).flatMap(component -> Event.Part.class.isAssignableFrom(component.getType())
                ? facts(component.getType()) : Stream.of(component.getName()));
    }

    /** An event's code, asked of the record built with no facts at all. */
    private static String code(Class<?> event) {
        if (!event.isRecord()) {
            throw new IllegalStateException("an event is a record: " + event.getName());
        }
        RecordComponent[] components = event.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] none = Arrays.stream(types).map(EventCatalogueTest::nothing).toArray();
        try {
            return ((Event) event.getDeclaredConstructor(types).newInstance(none)).code();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + event.getName() + " without facts", e);
        }
    }

    private static Object nothing(Class<?> type) {
        return type.isPrimitive() ? Array.get(Array.newInstance(type, 1), 0) : null;
    }
}
