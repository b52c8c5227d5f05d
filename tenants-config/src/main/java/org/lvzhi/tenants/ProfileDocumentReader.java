package org.lvzhi.tenants;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lvzhi.application.policy.port.out.PolicyDocumentPort;
import org.lvzhi.domain.policy.PolicyProfile;
import org.lvzhi.domain.policy.ProfileProblem;
import org.lvzhi.domain.shared.Messages;

/**
 * Reads a profile document with Jackson (YAML; JSON is YAML too) and validates it against
 * {@code tenants/policy-profile.schema.json} with the networknt validator, reporting each problem by the JSON
 * Pointer of the offending field and a Chinese message. A valid document maps straight onto the domain's
 * profile records.
 */
@Singleton
public class ProfileDocumentReader implements PolicyDocumentPort {

    static final String SCHEMA = "tenants/policy-profile.schema.json";
    private static final Messages MESSAGES = Messages.of(ProfileDocumentReader.class);

    private final ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
            .registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule());
    private final JsonSchema schema = loadSchema();

    @Override
    public ParsedDocument read(String text) {
        JsonNode tree;
        try {
            tree = text == null || text.isBlank() ? null : mapper.readTree(text);
        } catch (JsonProcessingException unreadable) {
            return problem("", MESSAGES.text("document.unreadable", unreadable.getOriginalMessage()));
        }
        if (tree == null || !tree.isObject()) {
            return problem("", MESSAGES.text("document.not-an-object"));
        }
        List<ProfileProblem> problems = schema.validate(tree).stream()
                .map(ProfileDocumentReader::toProblem)
                .sorted(Comparator.comparing(ProfileProblem::path))
                .toList();
        if (!problems.isEmpty()) {
            return new ParsedDocument(Optional.empty(), problems);
        }
        try {
            return new ParsedDocument(Optional.of(mapper.treeToValue(toDomainNames(tree.deepCopy()), PolicyProfile.class)), List.of());
        } catch (JsonProcessingException | IllegalArgumentException unmappable) {
            return problem("", MESSAGES.text("document.unreadable", unmappable.getMessage()));
        }
    }

    /** The schema says {@code for} (how regulations put it); the domain record cannot use a Java keyword. */
    private static JsonNode toDomainNames(JsonNode tree) {
        for (JsonNode rule : tree.path("rules")) {
            if (rule.path("schedule") instanceof ObjectNode schedule && schedule.has("for")) {
                schedule.set("owedBy", schedule.remove("for"));
            }
        }
        return tree;
    }

    private static ProfileProblem toProblem(ValidationMessage message) {
        String location = message.getInstanceLocation().toString();
        String path = message.getProperty() != null && "required".equals(message.getType())
                ? location + "/" + message.getProperty()
                : location;
        return new ProfileProblem(path.isEmpty() ? "" : path, message.getMessage());
    }

    private static ParsedDocument problem(String path, String message) {
        return new ParsedDocument(Optional.empty(), List.of(new ProfileProblem(path, message)));
    }

    private static JsonSchema loadSchema() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.SIMPLIFIED_CHINESE)
                .formatAssertionsEnabled(true)
                .build();
        try (InputStream in = ProfileDocumentReader.class.getClassLoader().getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA + " is not on the class path");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
