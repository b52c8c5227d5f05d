package org.lvzhi.adapter.web.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lvzhi.domain.shared.Messages;

/**
 * Describes every enum schema by its codes with the Chinese names users see, as {@link Messages#label} gives them for
 * the Java enum the schema was generated from: an integrator sends and reads codes, and shows the names.
 */
final class EnumLabels {

    private EnumLabels() {
    }

    static void describe(OpenAPI api) {
        Map<String, List<Class<?>>> enums = ProjectEnums.bySchemaName();
        api.getComponents().getSchemas().forEach((name, schema) -> {
            List<Class<?>> sources = enums.getOrDefault(name, List.of());
            if (schema.getEnum() != null && sources.size() == 1) {
                schema.setDescription(Arrays.stream(sources.getFirst().getEnumConstants())
                        .map(constant -> line((Enum<?>) constant))
                        .collect(Collectors.joining("\n")));
            }
        });
    }

    private static String line(Enum<?> constant) {
        return "`" + constant.name() + "`：" + Messages.label(constant);
    }
}
