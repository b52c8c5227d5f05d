package org.lvzhi.application.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.identity.ActingCaller;
import org.lvzhi.application.policy.ProfileAuditEntry;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.NotificationTemplate;
import org.lvzhi.domain.policy.ProfileDiff;
import org.lvzhi.domain.policy.ProfileVersion;
import org.lvzhi.domain.policy.RestDayRule;
import org.lvzhi.domain.policy.Sourced;

/** Profile queries answering, for any congress and date, an otherwise empty profile holding the given templates. */
public final class FakeTemplatesProfiles implements PolicyProfileQueries {

    private final List<NotificationTemplate> templates = new ArrayList<>();

    public FakeTemplatesProfiles with(NotificationTemplate... templates) {
        this.templates.addAll(List.of(templates));
        return this;
    }

    public static NotificationTemplate template(String event, String subject, String body, boolean mandatory, String... variables) {
        return new NotificationTemplate(event, subject, body, List.of(variables), mandatory, Optional.empty());
    }

    @Override
    public EffectiveProfile effectiveIn(CongressId congress, LocalDate on) {
        return new EffectiveProfile(congress.value(), on, List.of(congress.value()), List.of(), List.of(), List.of(),
                new Sourced<>(RestDayRule.NEXT_WORKING_DAY, congress.value(), 1), Optional.empty(),
                templates.stream().map(t -> new Sourced<>(t, congress.value(), 1)).toList());
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
}
