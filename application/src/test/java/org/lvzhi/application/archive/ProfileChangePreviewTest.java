package org.lvzhi.application.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.lvzhi.application.testing.QinghaiLike.INSPECTION;
import static org.lvzhi.application.testing.QinghaiLike.INSPECTION_QUOTA;
import static org.lvzhi.application.testing.TestData.QINGHAI;
import static org.lvzhi.application.testing.TestData.caller;
import static org.lvzhi.domain.policy.ProfileFixtures.atThreshold;
import static org.lvzhi.domain.policy.ProfileFixtures.quotaRule;
import static org.lvzhi.domain.policy.ProfileFixtures.supervisionRule;
import static org.lvzhi.domain.policy.ProfileFixtures.unapprovedAbsence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.archive.port.in.VerdictPreview;
import org.lvzhi.application.policy.port.in.EditPolicyProfileUseCase;
import org.lvzhi.application.policy.port.in.InvalidProfile;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.testing.FakeProfiles;
import org.lvzhi.application.testing.QinghaiLike;
import org.lvzhi.domain.compliance.QuotaStatus;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.policy.ActivityType;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.PolicyProfile;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.policy.ProfileFixtures;
import org.lvzhi.domain.policy.ProfileProblem;
import org.lvzhi.domain.policy.ProfileVersion;
import org.lvzhi.domain.supervision.SupervisionCase;

/**
 * The preview of a profile change on 25 January 2025, under the Qinghai-like profile (QH-Q1: two inspections a
 * calendar year; QH-11.3: a session missed without approval opens an interview). 马建国 has two inspections this year
 * and missed the session of 20 January, whose interview the night already opened; 才让卓玛 has nothing filed.
 */
class ProfileChangePreviewTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 1, 25);
    private static final String DRAFT = "draft";

    private final ArchiveTestBed bed = new ArchiveTestBed();
    private final ActingCaller admin = caller("qinghai-admin", QINGHAI, AccessRole.TENANT_ADMIN);
    private final ProfileChangePreview preview = new ProfileChangePreview(bed.platform.transactions(), bed.platform.terms(),
            bed.platform.deputies(), bed.review, new ComplianceRun(bed.platform.complianceCounts()), bed.profiles,
            new DraftsByText(Map.of(DRAFT, stricter())), bed.clock);

    /** QH-Q1 raised to 20 inspections a year, and a new rule: a session missed without approval is circulated (QH-11.9). */
    private static PolicyProfile stricter() {
        PolicyProfile current = QinghaiLike.profile();
        return ProfileFixtures.profile("qinghai").inherits(PolicyProfile.BASELINE)
                .types(current.activityTypes().toArray(ActivityType[]::new))
                .rules(current.rules().stream().filter(rule -> !rule.rule().equals(INSPECTION_QUOTA)).toArray(PolicyRule[]::new))
                .rules(quotaRule(INSPECTION_QUOTA, 20, INSPECTION),
                        supervisionRule("QH-11.9", unapprovedAbsence(List.of(Absence.SESSION),
                                atThreshold(1, "CIRCULATED_NOTICE", "GENERAL_OFFICE"))))
                .build();
    }

    @BeforeEach
    void maInspectedTwiceAndMissedTheSession() {
        bed.clock.setToday(TODAY);
        for (LocalDate day : List.of(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 13))) {
            bed.platform.records().seed(QINGHAI, DutyRecord.registered(bed.ma.id(), INSPECTION, day, Optional.empty(),
                    Optional.empty(), Optional.empty(), "organiser"));
        }
        bed.missedSession(bed.ma, "third-session", LocalDate.of(2025, 1, 20));
        bed.nightly.evaluate(QINGHAI, TODAY);
    }

    @Test
    @DisplayName("QH-Q1 at 20 a year: on day 25 of 365 the pace asks floor(20×25/365) = 1, so 马建国 (2 of 20) goes from MET to ON_TRACK "
            + "and 才让卓玛 (0) from ON_TRACK to AT_RISK")
    void quotaRaisedMovesBothDeputies() {
        VerdictPreview previewed = preview.preview(admin, DRAFT);

        assertThat(previewed.on()).isEqualTo(TODAY);
        assertThat(previewed.judged()).isEqualTo(2);
        assertThat(previewed.statusChanges())
                .extracting(VerdictPreview.StatusChange::name, VerdictPreview.StatusChange::before, VerdictPreview.StatusChange::after)
                .containsExactlyInAnyOrder(tuple("马建国", QuotaStatus.MET, QuotaStatus.ON_TRACK),
                        tuple("才让卓玛", QuotaStatus.ON_TRACK, QuotaStatus.AT_RISK));
    }

    @Test
    @DisplayName("QH-11.9 would open a circulated notice for 马建国's missed session; QH-11.3's interview, already open, is not listed again")
    void newSupervisionRuleOpensOneCase() {
        VerdictPreview previewed = preview.preview(admin, DRAFT);

        assertThat(previewed.casesToOpen())
                .extracting(VerdictPreview.CaseToOpen::deputy, VerdictPreview.CaseToOpen::rule, VerdictPreview.CaseToOpen::step,
                        VerdictPreview.CaseToOpen::action, VerdictPreview.CaseToOpen::actor)
                .containsExactly(tuple(bed.ma.id(), "QH-11.9", 1, "CIRCULATED_NOTICE", "GENERAL_OFFICE"));
    }

    @Test
    @DisplayName("the profile in force as the draft: nothing would change")
    void sameProfileChangesNothing() {
        ProfileChangePreview same = new ProfileChangePreview(bed.platform.transactions(), bed.platform.terms(), bed.platform.deputies(),
                bed.review, new ComplianceRun(bed.platform.complianceCounts()), bed.profiles,
                new DraftsByText(Map.of(DRAFT, QinghaiLike.profile())), bed.clock);

        VerdictPreview previewed = same.preview(admin, DRAFT);

        assertThat(previewed.statusChanges()).isEmpty();
        assertThat(previewed.casesToOpen()).isEmpty();
    }

    @Test
    @DisplayName("the preview writes nothing: no case opened, no standing saved, nobody told, and only read-only units of work")
    void previewWritesNothing() {
        List<SupervisionCase> casesBefore = bed.platform.cases().stored(QINGHAI);
        var standingsBefore = Map.copyOf(bed.standings.saved);
        int sentBefore = bed.notifications.sent().size();
        int unitsBefore = bed.platform.transactions().log().size();

        preview.preview(admin, DRAFT);

        assertThat(bed.platform.cases().stored(QINGHAI)).isEqualTo(casesBefore).hasSize(1);
        assertThat(bed.standings.saved).isEqualTo(standingsBefore);
        assertThat(bed.notifications.sent()).hasSize(sentBefore);
        assertThat(bed.platform.transactions().log().subList(unitsBefore, bed.platform.transactions().log().size()))
                .isNotEmpty().allSatisfy(unit -> assertThat(unit.readOnly()).isTrue());
    }

    @Test
    @DisplayName("only who manages the profile may preview it; a draft with problems is refused with them")
    void refusals() {
        Throwable deputy = catchThrowable(() -> preview.preview(caller("ma.jianguo", QINGHAI, AccessRole.DEPUTY), DRAFT));
        Throwable invalid = catchThrowable(() -> preview.preview(admin, "rules: ["));

        assertThat(deputy).isInstanceOf(AccessDenied.class);
        assertThat(invalid).isInstanceOf(InvalidProfile.class);
    }

    /** Drafts by their text, each effective over the fixture baseline; any other text has a problem. */
    private record DraftsByText(Map<String, PolicyProfile> drafts) implements EditPolicyProfileUseCase {

        @Override
        public EffectiveProfile effectiveWith(ActingCaller caller, String document, LocalDate on) {
            PolicyProfile draft = Optional.ofNullable(drafts.get(document))
                    .orElseThrow(() -> new InvalidProfile(List.of(new ProfileProblem("", "YAML 无法解析"))));
            return FakeProfiles.resolving(ProfileFixtures.baseline(), draft).effectiveIn(caller.congress(), on);
        }

        @Override
        public List<ProfileProblem> validate(ActingCaller caller, String document) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ProfileVersion save(ActingCaller caller, String document, Optional<Integer> basedOn) {
            throw new UnsupportedOperationException();
        }
    }
}
