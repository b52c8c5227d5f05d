package org.lvzhi.domain.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** What changed between two versions of a profile, rule by rule (and in its catalogue and switches). */
public final class ProfileDiff {

    public enum Change { ADDED, REMOVED, CHANGED }

    /** One rule id whose entries differ: what they were and what they are. */
    public record RuleChange(String rule, Change change, List<PolicyRule> before, List<PolicyRule> after) {
    }

    /** Any other part that differs, named by its kind and key (activity type code, disabled rule id…). */
    public record OtherChange(String part, String key, Change change) {
    }

    public record Result(List<RuleChange> rules, List<OtherChange> others) {

        public boolean isEmpty() {
            return rules.isEmpty() && others.isEmpty();
        }
    }

    private ProfileDiff() {
    }

    public static Result between(PolicyProfile before, PolicyProfile after) {
        List<RuleChange> rules = new ArrayList<>();
        Map<String, List<PolicyRule>> old = byId(before.rules());
        Map<String, List<PolicyRule>> now = byId(after.rules());
        for (String id : union(old.keySet(), now.keySet())) {
            List<PolicyRule> was = old.getOrDefault(id, List.of());
            List<PolicyRule> is = now.getOrDefault(id, List.of());
            change(was.isEmpty(), is.isEmpty(), was.equals(is)).ifPresent(c -> rules.add(new RuleChange(id, c, was, is)));
        }
        List<OtherChange> others = new ArrayList<>();
        compare("activityType", keyed(before.activityTypes(), ActivityType::code), keyed(after.activityTypes(), ActivityType::code), others);
        compare("disabled", keyed(before.disabled(), DisabledRule::rule), keyed(after.disabled(), DisabledRule::rule), others);
        compare("template", keyed(before.templates(), NotificationTemplate::event), keyed(after.templates(), NotificationTemplate::event), others);
        compare("setting", settings(before), settings(after), others);
        return new Result(List.copyOf(rules), List.copyOf(others));
    }

    private static Map<String, Object> settings(PolicyProfile profile) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("effectiveFrom", profile.effectiveFrom());
        settings.put("restDayRule", profile.restDayRule());
        settings.put("inherits", profile.inherits());
        settings.put("points", profile.points());
        settings.put("title", profile.title());
        return settings;
    }

    private static <T> void compare(String part, Map<String, T> before, Map<String, T> after, List<OtherChange> into) {
        for (String key : union(before.keySet(), after.keySet())) {
            change(!before.containsKey(key), !after.containsKey(key), Objects.equals(before.get(key), after.get(key)))
                    .ifPresent(c -> into.add(new OtherChange(part, key, c)));
        }
    }

    private static java.util.Optional<Change> change(boolean absentBefore, boolean absentAfter, boolean equal) {
        if (absentBefore) {
            return java.util.Optional.of(Change.ADDED);
        }
        if (absentAfter) {
            return java.util.Optional.of(Change.REMOVED);
        }
        return equal ? java.util.Optional.empty() : java.util.Optional.of(Change.CHANGED);
    }

    private static Map<String, List<PolicyRule>> byId(List<PolicyRule> rules) {
        Map<String, List<PolicyRule>> grouped = new LinkedHashMap<>();
        rules.forEach(r -> grouped.computeIfAbsent(r.rule(), id -> new ArrayList<>()).add(r));
        return grouped;
    }

    private static <T> Map<String, T> keyed(List<T> items, java.util.function.Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(key.apply(item), item));
        return map;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }
}
