package org.lvzhi.adapter.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lvzhi.domain.shared.InvariantViolation;

/**
 * A form's errors by field, from the same violations the API answers as problem details (its pointers are these
 * field names), so each shows beside its field; a violation of a field the form does not have shows above it.
 */
public record FormErrors(Map<String, String> byField, List<String> general) {

    public static final FormErrors NONE = new FormErrors(Map.of(), List.of());

    static FormErrors of(InvariantViolation violation, Set<String> fields) {
        Map<String, String> byField = new LinkedHashMap<>();
        violation.violations().stream().filter(v -> fields.contains(v.field()))
                .forEach(v -> byField.merge(v.field(), v.message(), (first, next) -> first + "；" + next));
        List<String> general = violation.violations().stream().filter(v -> !fields.contains(v.field()))
                .map(v -> v.message()).toList();
        return new FormErrors(byField, general);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String of(String field) {
        return byField.getOrDefault(field, "");
    }

    public boolean any() {
        return !byField.isEmpty() || !general.isEmpty();
    }
}
