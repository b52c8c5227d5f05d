package org.lvzhi.adapter.web.policy;

import io.micronaut.serde.annotation.SerdeImport;
import org.lvzhi.application.policy.port.out.ProfileAuditEntry;
import org.lvzhi.domain.policy.ActivityType;
import org.lvzhi.domain.policy.ApprovalStep;
import org.lvzhi.domain.policy.Audience;
import org.lvzhi.domain.policy.BandEdge;
import org.lvzhi.domain.policy.CalendarDuty;
import org.lvzhi.domain.policy.CodedName;
import org.lvzhi.domain.policy.Deadline;
import org.lvzhi.domain.policy.DisabledEntry;
import org.lvzhi.domain.policy.DisabledRule;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.LeaveApproval;
import org.lvzhi.domain.policy.LeaveReasons;
import org.lvzhi.domain.policy.LevelThreshold;
import org.lvzhi.domain.policy.NotificationTemplate;
import org.lvzhi.domain.policy.PointsDeduction;
import org.lvzhi.domain.policy.PointsEntry;
import org.lvzhi.domain.policy.PointsScheme;
import org.lvzhi.domain.policy.PolicyProfile;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.policy.ProfileDiff;
import org.lvzhi.domain.policy.ProfileProblem;
import org.lvzhi.domain.policy.Quota;
import org.lvzhi.domain.policy.Ranking;
import org.lvzhi.domain.policy.ScoreBand;
import org.lvzhi.domain.policy.Screening;
import org.lvzhi.domain.policy.ScreeningCategory;
import org.lvzhi.domain.policy.Sourced;
import org.lvzhi.domain.policy.Supervision;
import org.lvzhi.domain.policy.SupervisionStep;
import org.lvzhi.domain.policy.Threshold;
import org.lvzhi.domain.policy.Trigger;
import org.lvzhi.domain.policy.Window;

/** The API answers the domain's profile records as they are: the JSON mirrors the profile schema. */
@SerdeImport(EffectiveProfile.class)
@SerdeImport(Sourced.class)
@SerdeImport(DisabledEntry.class)
@SerdeImport(PolicyProfile.class)
@SerdeImport(PolicyRule.class)
@SerdeImport(ActivityType.class)
@SerdeImport(Quota.class)
@SerdeImport(PointsDeduction.class)
@SerdeImport(ScoreBand.class)
@SerdeImport(BandEdge.class)
@SerdeImport(Ranking.class)
@SerdeImport(Window.class)
@SerdeImport(Audience.class)
@SerdeImport(Deadline.class)
@SerdeImport(LeaveApproval.class)
@SerdeImport(ApprovalStep.class)
@SerdeImport(LeaveReasons.class)
@SerdeImport(CodedName.class)
@SerdeImport(Supervision.class)
@SerdeImport(Trigger.class)
@SerdeImport(SupervisionStep.class)
@SerdeImport(CalendarDuty.class)
@SerdeImport(Screening.class)
@SerdeImport(ScreeningCategory.class)
@SerdeImport(Threshold.class)
@SerdeImport(LevelThreshold.class)
@SerdeImport(PointsScheme.class)
@SerdeImport(PointsEntry.class)
@SerdeImport(NotificationTemplate.class)
@SerdeImport(DisabledRule.class)
@SerdeImport(ProfileProblem.class)
@SerdeImport(ProfileDiff.Result.class)
@SerdeImport(ProfileDiff.RuleChange.class)
@SerdeImport(ProfileDiff.OtherChange.class)
@SerdeImport(ProfileAuditEntry.class)
final class PolicySerdeImports {

    private PolicySerdeImports() {
    }
}
