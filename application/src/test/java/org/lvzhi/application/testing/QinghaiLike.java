package org.lvzhi.application.testing;

import static org.lvzhi.domain.policy.ProfileFixtures.atThreshold;
import static org.lvzhi.domain.policy.ProfileFixtures.quotaRule;
import static org.lvzhi.domain.policy.ProfileFixtures.supervisionRule;
import static org.lvzhi.domain.policy.ProfileFixtures.unapprovedAbsence;

import java.util.List;
import java.util.Optional;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.policy.ActivityCategory;
import org.lvzhi.domain.policy.ActivityType;
import org.lvzhi.domain.policy.PolicyProfile;
import org.lvzhi.domain.policy.ProfileFixtures;

/**
 * A congress profile shaped like Qinghai's, built from the profile fixtures over their baseline: deputies may
 * register group activities themselves, which count once the leader of their group confirms them (QH-10.3);
 * a session missed without approval opens an interview, a second a termination proceeding (QH-11.3); and a
 * small quota of inspections per calendar year to judge archives by (QH-Q1, a test rule).
 */
public final class QinghaiLike {

    public static final String GROUP_ACTIVITY = "GROUP_ACTIVITY";
    public static final String INSPECTION = "INSPECTION";
    public static final String INSPECTION_QUOTA = "QH-Q1";

    private QinghaiLike() {
    }

    public static PolicyProfile profile() {
        return ProfileFixtures.profile("qinghai")
                .inherits(PolicyProfile.BASELINE)
                .types(new ActivityType(GROUP_ACTIVITY, "代表（专业）小组活动", ActivityCategory.GROUP, true,
                        Optional.of("GROUP_LEADER"), Optional.of("GROUP_LEADER"), Optional.empty()))
                .rules(supervisionRule("QH-11.3", unapprovedAbsence(List.of(Absence.SESSION),
                                atThreshold(1, "INTERVIEW", "DELEGATION_HEAD"), atThreshold(2, "TERMINATION", "STANDING_COMMITTEE"))),
                        quotaRule(INSPECTION_QUOTA, 2, INSPECTION))
                .build();
    }

    /** Every congress working under the fixture baseline and this profile, resolved on the date asked. */
    public static FakeProfiles profiles() {
        return FakeProfiles.resolving(ProfileFixtures.baseline(), profile());
    }
}
