package org.lvzhi.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.event.Event;
import org.lvzhi.domain.policy.NotificationTemplate;
import org.lvzhi.tenants.ProfileDocumentReader;
import org.lvzhi.tenants.SeedProfiles;

/**
 * The catalogue of events is the event records themselves: each names itself by its code, a baseline template of an
 * event declares only facts the record carries (some, like a decision's flag, are for webhooks only), so a template
 * cannot drift from what the event carries, and {@code docs/events.md} lists every event with its version and the JSON
 * type of each fact as the webhook payload writes it. An event sent to no one in particular (a term opened, a matter
 * recorded) reaches webhooks only and needs no template.
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

    private static final Path DOCUMENT = Path.of("..", "docs", "events.md");
    private static final Pattern HEADING = Pattern.compile("^## `([a-z.-]+)` — version (\\d+)$", Pattern.MULTILINE);
    private static final Pattern FIELD = Pattern.compile("^\\| `(\\w+)` \\| (.+?) \\| (.+?) \\|$", Pattern.MULTILINE);

    @Test
    @DisplayName("every template in the baseline profile is of an event")
    void eachTemplateIsOfAnEvent() {
        assertThat(EVENTS.keySet()).containsAll(BASELINE.keySet());
    }

    @Test
    @DisplayName("docs/events.md lists every event, and only events, each with its version and a word on when it is sent")
    void theDocumentListsEveryEvent() throws IOException {
        Map<String, String> sections = sections();

        assertThat(sections.keySet()).containsExactlyInAnyOrderElementsOf(EVENTS.keySet());
        assertThat(EVENTS).allSatisfy((code, event) -> {
            assertThat(sections.get(code)).as(code).startsWith(" — version " + version(event) + "\n");
            assertThat(sections.get(code).lines().skip(1).filter(line -> !line.isBlank()).findFirst()).as(code)
                    .hasValueSatisfying(line -> assertThat(line).as("when %s is sent", code).doesNotStartWith("|"));
        });
    }

    @Test
    @DisplayName("docs/events.md gives each event's fields as its record has them, with their JSON types")
    void theDocumentListsEachEventsFields() throws IOException {
        Map<String, String> sections = sections();

        assertThat(EVENTS).allSatisfy((code, event) -> assertThat(FIELD.matcher(sections.get(code)).results()
                .map(row -> row.group(1) + " | " + row.group(2) + " | " + row.group(3)).toList())
                .as(code).containsExactlyElementsOf(fields(event).toList()));
    }

    /** Each event's section of the document by its code: the rest of its heading line and what follows until the next. */
    private static Map<String, String> sections() throws IOException {
        String document = Files.readString(DOCUMENT);
        List<MatchResult> headings = HEADING.matcher(document).results().toList();
        Map<String, String> sections = new LinkedHashMap<>();
        for (int i = 0; i < headings.size(); i++) {
            int end = i + 1 < headings.size() ? headings.get(i + 1).start() : document.length();
            String previous = sections.put(headings.get(i).group(1), document.substring(headings.get(i).end(1) + 1, end));
            assertThat(previous).as("%s is listed twice", headings.get(i).group(1)).isNull();
        }
        return sections;
    }

    private static int version(Class<?> event) {
        return ((Event) instance(event)).payloadVersion();
    }

    /** The document's rows for an event's fields: name, JSON type, whether it is always there. */
    private static Stream<String> fields(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).flatMap(component -> Event.Part.class.isAssignableFrom(component.getType())
                ? fields(component.getType())
                : Stream.of(component.getName() + " | " + jsonType(component.getGenericType()) + " | "
                        + (component.getType() == Optional.class ? "optional" : "always")));
    }

    /** As the webhook payload writes a value (see EventFacts): codes, ISO dates, numbers, booleans and strings. */
    private static String jsonType(Type type) {
        if (type instanceof ParameterizedType optional && optional.getRawType() == Optional.class) {
            return jsonType(optional.getActualTypeArguments()[0]);
        }
        Class<?> raw = (Class<?>) type;
        if (raw.isEnum()) {
            return "string: " + Arrays.stream(raw.getEnumConstants()).map(code -> "`" + ((Enum<?>) code).name() + "`")
                    .collect(Collectors.joining(", "));
        }
        if (raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class) {
            return "integer";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "boolean";
        }
        if (raw == LocalDate.class) {
            return "string (date)";
        }
        return raw == String.class ? "string" : "string (id)";
    }

    @Test
    @DisplayName("a template declares only facts of its event, shared parts read as the event's own")
    void templatesDeclareTheEventsFacts() {
        assertThat(BASELINE).allSatisfy((code, template) -> assertThat(template.variables())
                .as(code).isSubsetOf(facts(EVENTS.get(code)).toList()));
    }

    private static Stream<String> facts(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).flatMap(component -> Event.Part.class.isAssignableFrom(component.getType())
                ? facts(component.getType()) : Stream.of(component.getName()));
    }

    /** An event's code, asked of the record built with no facts at all. */
    private static String code(Class<?> event) {
        return ((Event) instance(event)).code();
    }

    private static Object instance(Class<?> event) {
        if (!event.isRecord()) {
            throw new IllegalStateException("an event is a record: " + event.getName());
        }
        RecordComponent[] components = event.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] none = Arrays.stream(types).map(EventCatalogueTest::nothing).toArray();
        try {
            return event.getDeclaredConstructor(types).newInstance(none);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + event.getName() + " without facts", e);
        }
    }

    private static Object nothing(Class<?> type) {
        return type.isPrimitive() ? Array.get(Array.newInstance(type, 1), 0) : null;
    }
}
