package org.lvzhi.application.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.application.policy.port.out.ProfileAuditEntry;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.NotificationTemplate;
import org.lvzhi.domain.policy.PolicyProfile;
import org.lvzhi.domain.policy.ProfileDiff;
import org.lvzhi.domain.policy.ProfileFixtures;
import org.lvzhi.domain.policy.ProfileHistory;
import org.lvzhi.domain.policy.ProfileResolver;
import org.lvzhi.domain.policy.ProfileVersion;
import org.lvzhi.domain.policy.RestDayRule;
import org.lvzhi.domain.policy.Sourced;

/**
 * The effective profile each congress works under, given by the test: a fixed effective profile, or a chain of
 * profiles (baseline first) resolved on the date asked, for every congress or one congress at a time; an
 * otherwise empty profile where nothing was given. Templates added with {@link #with} are the congress's own in
 * whatever is answered. Only the effective-profile queries are served; versions, documents and audits are not.
 */
public final class FakeProfiles implements PolicyProfileQueries {

    private final BiFunction<CongressId, LocalDate, EffectiveProfile> everywhere;
    private final Map<CongressId, BiFunction<CongressId, LocalDate, EffectiveProfile>> perCongress = new HashMap<>();
    private final List<NotificationTemplate> templates = new ArrayList<>();

    private FakeProfiles(BiFunction<CongressId, LocalDate, EffectiveProfile> everywhere) {
        this.everywhere = everywhere;
    }

    /** Every congress, on every date: an empty catalogue, no rules, next-working-day deadlines. */
    public static FakeProfiles empty() {
        return new FakeProfiles(FakeProfiles::emptyProfile);
    }

    /** Every congress, on every date, this effective profile. */
    public static FakeProfiles fixed(EffectiveProfile profile) {
        return new FakeProfiles((congress, on) -> profile);
    }

    /** Every congress works under the chain (the baseline first), resolved on the date asked. */
    public static FakeProfiles resolving(PolicyProfile... chain) {
        return new FakeProfiles(resolver(chain));
    }

    /** This congress, on every date, works under the effective profile. */
    public FakeProfiles in(CongressId congress, EffectiveProfile profile) {
        perCongress.put(congress, (c, on) -> profile);
        return this;
    }

    /** This congress works under the chain (the baseline first), resolved on the date asked. */
    public FakeProfiles in(CongressId congress, PolicyProfile... chain) {
        perCongress.put(congress, resolver(chain));
        return this;
    }

    /** Adds the templates to what every congress works under, replacing any of the same event. */
    public FakeProfiles with(NotificationTemplate... added) {
        templates.addAll(List.of(added));
        return this;
    }

    public static NotificationTemplate template(String event, String subject, String body, boolean mandatory, String... variables) {
        return new NotificationTemplate(event, subject, body, List.of(variables), mandatory, Optional.empty());
    }

    @Override
    public EffectiveProfile effectiveIn(CongressId congress, LocalDate on) {
        EffectiveProfile profile = perCongress.getOrDefault(congress, everywhere).apply(congress, on);
        return templates.isEmpty() ? profile : withTemplates(profile, congress);
    }

    @Override
    public EffectiveProfile effective(ActingCaller caller, LocalDate on) {
        return effectiveIn(caller.congress(), on);
    }

    @Override
    public List<ProfileVersion> versions(ActingCaller caller) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ProfileVersion version(ActingCaller caller, int number) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String document(ActingCaller caller, int number) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ProfileDiff.Result diff(ActingCaller caller, int from, int to) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<ProfileAuditEntry> audit(ActingCaller caller) {
        throw new UnsupportedOperationException();
    }

    private static BiFunction<CongressId, LocalDate, EffectiveProfile> resolver(PolicyProfile... chain) {
        List<ProfileHistory> histories = List.of(chain).stream()
                .map(profile -> ProfileFixtures.history(profile.profile(), profile))
                .toList();
        return (congress, on) -> ProfileResolver.resolve(congress.value(), histories, on);
    }

    private static EffectiveProfile emptyProfile(CongressId congress, LocalDate on) {
        return new EffectiveProfile(congress.value(), on, List.of(congress.value()), List.of(), List.of(), List.of(),
                new Sourced<>(RestDayRule.NEXT_WORKING_DAY, congress.value(), 1), Optional.empty(), List.of());
    }

    private EffectiveProfile withTemplates(EffectiveProfile profile, CongressId congress) {
        Map<String, Sourced<NotificationTemplate>> byEvent = new LinkedHashMap<>();
        profile.templates().forEach(t -> byEvent.put(t.value().event(), t));
        templates.forEach(t -> byEvent.put(t.event(), new Sourced<>(t, congress.value(), 1)));
        return new EffectiveProfile(profile.congress(), profile.on(), profile.chain(), profile.rules(), profile.activityTypes(),
                profile.disabled(), profile.restDayRule(), profile.points(), List.copyOf(byEvent.values()));
    }
}
