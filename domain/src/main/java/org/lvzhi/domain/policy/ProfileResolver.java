package org.lvzhi.domain.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves a congress's effective profile: the statutory baseline at the root, each profile down the chain
 * over what it inherits. A profile overrides a rule by id (all inherited entries with that id), adds rules,
 * and switches inherited rules off with a reason. An owner with no version in force on the date adds nothing,
 * so a new township with no profile of its own works under its county's (or the baseline's) rules at once.
 */
public final class ProfileResolver {

    private ProfileResolver() {
    }

    /** @param chain the owners' histories from the root (baseline) down to the congress itself */
    public static EffectiveProfile resolve(String congress, List<ProfileHistory> chain, LocalDate on) {
        Map<String, List<Sourced<PolicyRule>>> rules = new LinkedHashMap<>();
        Map<String, Sourced<ActivityType>> activityTypes = new LinkedHashMap<>();
        Map<String, Sourced<NotificationTemplate>> templates = new LinkedHashMap<>();
        List<DisabledEntry> disabled = new ArrayList<>();
        Sourced<RestDayRule> restDayRule = new Sourced<>(RestDayRule.NEXT_WORKING_DAY, PolicyProfile.BASELINE, 0);
        Optional<Sourced<PointsScheme>> points = Optional.empty();
        for (ProfileHistory history : chain) {
            Optional<ProfileVersion> inForce = history.inForceOn(on);
            if (inForce.isEmpty()) {
                continue;
            }
            PolicyProfile profile = inForce.get().profile();
            String owner = history.owner();
            int version = inForce.get().number();
            for (DisabledRule off : profile.disabled()) {
                if (rules.remove(off.rule()) != null) {
                    disabled.add(new DisabledEntry(off.rule(), off.reason(), owner, version));
                }
            }
            Map<String, List<Sourced<PolicyRule>>> own = new LinkedHashMap<>();
            profile.rules().forEach(r -> own.computeIfAbsent(r.rule(), id -> new ArrayList<>()).add(new Sourced<>(r, owner, version)));
            rules.putAll(own);
            profile.activityTypes().forEach(t -> activityTypes.put(t.code(), new Sourced<>(t, owner, version)));
            profile.templates().forEach(t -> templates.put(t.event(), new Sourced<>(t, owner, version)));
            if (profile.restDayRule().isPresent()) {
                restDayRule = new Sourced<>(profile.restDayRule().get(), owner, version);
            }
            if (profile.points().isPresent()) {
                points = Optional.of(new Sourced<>(profile.points().get(), owner, version));
            }
        }
        return new EffectiveProfile(
                congress,
                on,
                chain.stream().map(ProfileHistory::owner).toList(),
                rules.values().stream().flatMap(List::stream).toList(),
                List.copyOf(activityTypes.values()),
                List.copyOf(disabled),
                restDayRule,
                points,
                List.copyOf(templates.values()));
    }
}
