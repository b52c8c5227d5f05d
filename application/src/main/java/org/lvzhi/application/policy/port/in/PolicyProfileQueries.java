package org.lvzhi.application.policy.port.in;

import java.time.LocalDate;
import java.util.List;
import org.lvzhi.application.policy.port.out.ProfileAuditEntry;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.ProfileDiff;
import org.lvzhi.domain.policy.ProfileVersion;

/** Reading the acting congress's policy profile. */
public interface PolicyProfileQueries {

    /** The rules in force on the date, after inheritance, each with the profile it came from. */
    EffectiveProfile effective(ActingCaller caller, LocalDate on);

    /** The same for the platform's own work (notifications, jobs) acting in a congress without a caller. */
    EffectiveProfile effectiveIn(CongressId congress, LocalDate on);

    List<ProfileVersion> versions(ActingCaller caller);

    ProfileVersion version(ActingCaller caller, int number);

    /** The document text of a version exactly as it was saved. */
    String document(ActingCaller caller, int number);

    ProfileDiff.Result diff(ActingCaller caller, int from, int to);

    List<ProfileAuditEntry> audit(ActingCaller caller);
}
