package org.lvzhi.domain.policy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every version of one owner's profile, kept for ever. A fact is judged by the version in force on its
 * date: the one with the latest effective date on or before it, the later-saved winning a tie.
 */
public record ProfileHistory(String owner, List<ProfileVersion> versions) {

    private static final Comparator<ProfileVersion> BY_EFFECT =
            Comparator.comparing((ProfileVersion v) -> v.profile().effectiveFrom()).thenComparingInt(ProfileVersion::number);

    public ProfileHistory {
        versions = versions.stream().sorted(Comparator.comparingInt(ProfileVersion::number)).toList();
    }

    public static ProfileHistory empty(String owner) {
        return new ProfileHistory(owner, List.of());
    }

    public Optional<ProfileVersion> inForceOn(LocalDate date) {
        return versions.stream().filter(v -> !v.profile().effectiveFrom().isAfter(date)).max(BY_EFFECT);
    }

    public Optional<ProfileVersion> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast());
    }

    public Optional<ProfileVersion> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    public int nextNumber() {
        return latest().map(v -> v.number() + 1).orElse(1);
    }
}
