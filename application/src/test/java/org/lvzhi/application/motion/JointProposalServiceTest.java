package org.lvzhi.application.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.lvzhi.application.testing.TestData.caller;
import static org.lvzhi.application.testing.ViolationAssertions.violationOf;
import static org.lvzhi.application.testing.ViolationAssertions.violationsOf;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.motion.port.in.DecisionCommand;
import org.lvzhi.application.motion.port.in.FileProposalCommand;
import org.lvzhi.application.motion.port.in.WithdrawalCommand;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.testing.FakeProfiles;
import org.lvzhi.application.testing.InMemoryPlatform;
import org.lvzhi.application.testing.InMemoryProposals;
import org.lvzhi.application.testing.RecordingNotifications;
import org.lvzhi.application.testing.SeatBuilder;
import org.lvzhi.application.testing.TestData;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.Level;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.deputy.ContactDetails;
import org.lvzhi.domain.deputy.Deputy;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.DeputyStatus;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.motion.JointProposal;
import org.lvzhi.domain.motion.MotionFixtures;
import org.lvzhi.domain.motion.PresidiumOutcome;
import org.lvzhi.domain.motion.ProposalKind;
import org.lvzhi.domain.motion.ProposalState;
import org.lvzhi.domain.shared.Violation;

/** Motions and the other joint proposals against the baseline's thresholds, at a county and a township congress. */
class JointProposalServiceTest {

    private static final CongressId COUNTY = new CongressId("some-county");
    private static final CongressId TOWNSHIP = new CongressId("some-township");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-06T02:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 6);

    private final InMemoryPlatform platform = InMemoryPlatform.create();
    private final InMemoryProposals proposals = new InMemoryProposals(platform.transactions());
    private final List<DeputyId> observed = new ArrayList<>();
    private final RecordingNotifications notifications = new RecordingNotifications();
    private final JointProposalService service = new JointProposalService(platform.transactions(), proposals,
            new Signatories(platform.deputies()), platform.congresses(), FakeProfiles.resolving(MotionFixtures.baseline()),
            platform.records(), (congress, deputy) -> observed.add(deputy), notifications, CLOCK);

    private final ActingCaller countyLiaison = caller("county-liaison", COUNTY, AccessRole.LIAISON_OFFICER);
    private final ActingCaller townshipLiaison = caller("town-liaison", TOWNSHIP, AccessRole.LIAISON_OFFICER);
    private Term countyTerm;
    private Term townshipTerm;

    @BeforeEach
    void countyAndTownship() {
        platform.congresses().add(TestData.congress(COUNTY.value(), "某县人民代表大会", Level.COUNTY));
        platform.congresses().add(TestData.congress(TOWNSHIP.value(), "某镇人民代表大会", Level.TOWNSHIP));
        countyTerm = platform.terms().seed(COUNTY, TestData.term(18, 2022));
        townshipTerm = platform.terms().seed(TOWNSHIP, TestData.term(18, 2022));
    }

    private List<DeputyId> seat(CongressId congress, Term term, int count) {
        return IntStream.range(0, count).mapToObj(i -> {
            var person = platform.persons().seed(congress, TestData.person("代表" + i));
            return platform.deputies().seed(congress, Deputy.elect(person.id(), term.id(), SeatBuilder.aSeat().build(),
                    ContactDetails.NONE)).id();
        }).toList();
    }

    private static FileProposalCommand motion(List<DeputyId> signatories) {
        return FileProposalCommand.of(ProposalKind.MOTION, "关于加强饮用水源保护的议案", Optional.of("饮用水源保护"),
                Optional.of("水源地周边污染严重"), Optional.of("制定水源保护条例"), signatories);
    }

    private static FileProposalCommand of(ProposalKind kind, List<DeputyId> signatories) {
        return FileProposalCommand.of(kind, "联名提出的" + kind, Optional.of("案由"), Optional.empty(), Optional.empty(), signatories);
    }

    @Test
    @DisplayName("BL-8: at a county congress 9 signatories are refused with the article and the numbers; 10 are accepted")
    void countyNeedsTen() {
        List<DeputyId> deputies = seat(COUNTY, countyTerm, 10);

        Violation refused = violationOf(() -> service.file(countyLiaison, motion(deputies.subList(0, 9))));
        JointProposal filed = service.file(countyLiaison, motion(deputies));

        assertThat(refused.field()).isEqualTo("signatories");
        assertThat(refused.message()).contains("第八条", "议案", "10人以上", "9人");
        assertThat(filed.state()).isEqualTo(ProposalState.FILED);
        assertThat(filed.threshold().rule()).isEqualTo("BL-8");
        assertThat(filed.term()).isEqualTo(countyTerm.id());
        assertThat(proposals.stored(COUNTY)).hasSize(1);
    }

    @Test
    @DisplayName("BL-8: at a township congress 4 signatories are refused and 5 are accepted")
    void townshipNeedsFive() {
        List<DeputyId> deputies = seat(TOWNSHIP, townshipTerm, 5);

        Violation refused = violationOf(() -> service.file(townshipLiaison, motion(deputies.subList(0, 4))));
        JointProposal filed = service.file(townshipLiaison, motion(deputies));

        assertThat(refused.message()).contains("5人以上", "4人");
        assertThat(filed.state()).isEqualTo(ProposalState.FILED);
    }

    @Test
    @DisplayName("filing a motion files a confirmed MOTION record in every signatory's archive and tells supervision")
    void motionRecordsPerSignatory() {
        List<DeputyId> deputies = seat(COUNTY, countyTerm, 10);

        service.file(countyLiaison, motion(deputies));

        assertThat(platform.records().stored(COUNTY)).extracting(DutyRecord::deputy).containsExactlyElementsOf(deputies);
        assertThat(platform.records().stored(COUNTY)).allSatisfy(record -> {
            assertThat(record.type()).isEqualTo("MOTION");
            assertThat(record.date()).isEqualTo(TODAY);
            assertThat(record.counts()).isTrue();
        });
        assertThat(observed).containsExactlyElementsOf(deputies);
    }

    @Test
    @DisplayName("a suspended deputy and a deputy of another congress cannot sign; each is named on its index")
    void onlyServingDeputiesSign() {
        List<DeputyId> deputies = new ArrayList<>(seat(COUNTY, countyTerm, 10));
        platform.transactions().inCongress(COUNTY, () -> {
            var view = platform.deputies().find(deputies.get(3)).orElseThrow();
            platform.deputies().update(view.deputy().moveTo(DeputyStatus.SUSPENDED));
            return null;
        });
        deputies.add(seat(TOWNSHIP, townshipTerm, 1).getFirst());

        List<Violation> refused = violationsOf(() -> service.file(countyLiaison, motion(deputies)));

        assertThat(refused).extracting(Violation::field).containsExactly("signatories.3", "signatories.10");
        assertThat(refused.getFirst().message()).contains("暂停执行代表职务");
    }

    @Test
    @DisplayName("a deputy files a motion only as one of its signatories")
    void deputyAmongSignatories() {
        List<DeputyId> deputies = seat(COUNTY, countyTerm, 10);
        var ownPerson = platform.persons().seed(COUNTY, TestData.person("王代表", "county-deputy1"));
        DeputyId own = platform.deputies().seed(COUNTY, Deputy.elect(ownPerson.id(), countyTerm.id(), SeatBuilder.aSeat().build(),
                ContactDetails.NONE)).id();
        ActingCaller deputy = caller("county-deputy1", COUNTY, AccessRole.DEPUTY);
        List<DeputyId> withOwn = new ArrayList<>(deputies.subList(0, 9));
        withOwn.addFirst(own);

        Throwable notAmong = catchThrowable(() -> service.file(deputy, motion(deputies)));
        JointProposal filed = service.file(deputy, motion(withOwn));

        assertThat(notAmong).isInstanceOf(AccessDenied.class);
        assertThat(filed.leadSponsor()).isEqualTo(own);
    }

    @Test
    @DisplayName("BL-8: withdrawal by some keeps the motion valid while the rest meet the threshold; by all, with consent, ends it")
    void withdrawal() {
        List<DeputyId> deputies = seat(COUNTY, countyTerm, 11);
        JointProposal motion = service.file(countyLiaison, motion(deputies));

        JointProposal afterOne = service.withdraw(countyLiaison, motion.id(), new WithdrawalCommand(deputies.subList(10, 11), false));
        Violation withoutConsent = violationOf(() -> service.withdraw(countyLiaison, motion.id(),
                new WithdrawalCommand(deputies.subList(0, 10), false)));
        JointProposal ended = service.withdraw(countyLiaison, motion.id(), new WithdrawalCommand(deputies.subList(0, 10), true));

        assertThat(afterOne.state()).isEqualTo(ProposalState.FILED);
        assertThat(afterOne.sponsors()).hasSize(10);
        assertThat(withoutConsent.field()).isEqualTo("presidiumConsent");
        assertThat(ended.state()).isEqualTo(ProposalState.WITHDRAWN);
        assertThat(proposals.stored(COUNTY).getFirst().state()).isEqualTo(ProposalState.WITHDRAWN);
    }

    @Test
    @DisplayName("BL-8: withdrawal by some that leaves fewer than the threshold makes the motion lapse")
    void withdrawalBelowThresholdLapses() {
        List<DeputyId> deputies = seat(COUNTY, countyTerm, 10);
        JointProposal motion = service.file(countyLiaison, motion(deputies));

        JointProposal lapsed = service.withdraw(countyLiaison, motion.id(), new WithdrawalCommand(deputies.subList(9, 10), false));

        assertThat(lapsed.state()).isEqualTo(ProposalState.LAPSED);
        assertThat(lapsed.endedOn()).contains(TODAY);
    }

    @Test
    @DisplayName("a deputy withdraws their own signature only, and cannot record the presidium's consent")
    void deputyWithdrawsOwnSignature() {
        var ownPerson = platform.persons().seed(COUNTY, TestData.person("王代表", "county-deputy1"));
        DeputyId own = platform.deputies().seed(COUNTY, Deputy.elect(ownPerson.id(), countyTerm.id(), SeatBuilder.aSeat().build(),
                ContactDetails.NONE)).id();
        List<DeputyId> deputies = new ArrayList<>(seat(COUNTY, countyTerm, 10));
        deputies.add(own);
        JointProposal motion = service.file(countyLiaison, motion(deputies));
        ActingCaller deputy = caller("county-deputy1", COUNTY, AccessRole.DEPUTY);

        Throwable another = catchThrowable(() -> service.withdraw(deputy, motion.id(), new WithdrawalCommand(deputies.subList(0, 1), false)));
        JointProposal changed = service.withdraw(deputy, motion.id(), new WithdrawalCommand(List.of(own), false));

        assertThat(another).isInstanceOf(AccessDenied.class);
        assertThat(changed.withdrawn()).containsExactly(own);
        assertThat(changed.state()).isEqualTo(ProposalState.FILED);
    }

    @Test
    @Tag("HN-5")
    @DisplayName("HN-5 “对于内容不属于省人大及其常委会职权范围内的事项，不作为议案提出”: a motion not accepted under the category cites it with rule and article; a suggestion's category or another outcome is refused")
    void notAcceptedUnderAScreeningCategory() {
        JointProposal motion = service.file(countyLiaison, motion(seat(COUNTY, countyTerm, 10)));

        Violation onTheAgenda = violationOf(() -> service.decide(countyLiaison, motion.id(), new DecisionCommand(
                PresidiumOutcome.PLACED_ON_AGENDA, Optional.empty(), Optional.empty(), Optional.of("OUTSIDE_CONGRESS_POWERS"))));
        Violation suggestionsOnly = violationOf(() -> service.decide(countyLiaison, motion.id(), new DecisionCommand(
                PresidiumOutcome.NOT_ACCEPTED, Optional.empty(), Optional.empty(), Optional.of("SPECIFIC_JUDICIAL_CASE"))));
        JointProposal refused = service.decide(countyLiaison, motion.id(), new DecisionCommand(
                PresidiumOutcome.NOT_ACCEPTED, Optional.of("属于国家事权"), Optional.empty(), Optional.of("OUTSIDE_CONGRESS_POWERS")));

        assertThat(onTheAgenda.field()).isEqualTo("category");
        assertThat(suggestionsOnly.message()).contains("OUTSIDE_CONGRESS_POWERS").doesNotContain("SPECIFIC_JUDICIAL_CASE（");
        assertThat(refused.state()).isEqualTo(ProposalState.NOT_ACCEPTED);
        assertThat(refused.decision()).flatMap(d -> d.note())
                .contains("不属于省人大及其常委会职权范围内的事项（HN-5，第五条）：属于国家事权");
    }

    @Test
    @DisplayName("staff record the presidium's decision with its note and date; a date after today is refused")
    void presidiumDecision() {
        JointProposal motion = service.file(countyLiaison, motion(seat(COUNTY, countyTerm, 10)));

        Violation future = violationOf(() -> service.decide(countyLiaison, motion.id(),
                new DecisionCommand(PresidiumOutcome.PLACED_ON_AGENDA, Optional.empty(), Optional.of(TODAY.plusDays(1)), Optional.empty())));
        JointProposal decided = service.decide(countyLiaison, motion.id(),
                new DecisionCommand(PresidiumOutcome.NOT_ACCEPTED, Optional.of("不属于本级人大职权范围"), Optional.empty(), Optional.empty()));
        Throwable byDeputy = catchThrowable(() -> service.decide(caller("d", COUNTY, AccessRole.DEPUTY), motion.id(),
                new DecisionCommand(PresidiumOutcome.PLACED_ON_AGENDA, Optional.empty(), Optional.empty(), Optional.empty())));

        assertThat(future.field()).isEqualTo("decidedOn");
        assertThat(decided.state()).isEqualTo(ProposalState.NOT_ACCEPTED);
        assertThat(decided.decision()).get().satisfies(d -> {
            assertThat(d.note()).contains("不属于本级人大职权范围");
            assertThat(d.decidedOn()).isEqualTo(TODAY);
            assertThat(d.recordedBy()).isEqualTo("county-liaison");
        });
        assertThat(byDeputy).isInstanceOf(AccessDenied.class);
    }

    @Test
    @DisplayName("BL-11: an inquiry needs 10 deputies; a new answer is required with 5 of 10 dissatisfied, not with 4")
    void inquiryReanswer() {
        List<DeputyId> deputies = seat(COUNTY, countyTerm, 10);
        Violation tooFew = violationOf(() -> service.file(countyLiaison, of(ProposalKind.INQUIRY, deputies.subList(0, 9))));
        JointProposal inquiry = service.file(countyLiaison, of(ProposalKind.INQUIRY, deputies));

        JointProposal five = service.recordAnswerVerdict(countyLiaison, inquiry.id(), deputies.subList(0, 5));
        JointProposal four = service.recordAnswerVerdict(countyLiaison, inquiry.id(), deputies.subList(0, 4));

        assertThat(tooFew.message()).contains("第十一条", "10人以上");
        assertThat(five.answer().orElseThrow().reanswerRequired()).isTrue();
        assertThat(four.answer().orElseThrow().reanswerRequired()).isFalse();
        assertThat(four.answer().orElseThrow().threshold().required()).isEqualTo(5);
        assertThat(platform.records().stored(COUNTY)).as("an inquiry is not a MOTION record").isEmpty();
    }

    @Test
    @DisplayName("BL-14: an investigation proposal needs one tenth of all serving deputies — of 95 serving, 9 are refused and 10 accepted")
    void investigationOneTenth() {
        List<DeputyId> deputies = seat(COUNTY, countyTerm, 96);
        platform.transactions().inCongress(COUNTY, () -> {
            var view = platform.deputies().find(deputies.getLast()).orElseThrow();
            platform.deputies().update(view.deputy().moveTo(DeputyStatus.RESIGNED));
            return null;
        });

        Violation nine = violationOf(() -> service.file(countyLiaison, of(ProposalKind.INVESTIGATION_PROPOSAL, deputies.subList(0, 9))));
        JointProposal ten = service.file(countyLiaison, of(ProposalKind.INVESTIGATION_PROPOSAL, deputies.subList(0, 10)));

        assertThat(nine.message()).contains("第十四条", "95人的1/10以上，即10人以上", "9人");
        assertThat(ten.threshold().required()).isEqualTo(10);
        assertThat(ten.threshold().whole()).isEqualTo(95);
    }

    @Test
    @DisplayName("BL-14 is for county level and up: a township's investigation proposal is refused on its kind")
    void noInvestigationAtTownship() {
        Violation refused = violationOf(() -> service.file(townshipLiaison,
                of(ProposalKind.INVESTIGATION_PROPOSAL, seat(TOWNSHIP, townshipTerm, 5))));

        assertThat(refused.field()).isEqualTo("kind");
        assertThat(refused.message()).contains("乡镇级");
    }

    @Test
    @DisplayName("BL-12: a recall motion needs one fifth at township level and cannot be shelved by the presidium")
    void recallMotion() {
        List<DeputyId> deputies = seat(TOWNSHIP, townshipTerm, 20);
        Violation three = violationOf(() -> service.file(townshipLiaison, of(ProposalKind.RECALL_MOTION, deputies.subList(0, 3))));
        JointProposal recall = service.file(townshipLiaison, of(ProposalKind.RECALL_MOTION, deputies.subList(0, 4)));

        Violation shelved = violationOf(() -> service.decide(townshipLiaison, recall.id(),
                new DecisionCommand(PresidiumOutcome.NOT_ACCEPTED, Optional.of("暂缓"), Optional.empty(), Optional.empty())));

        assertThat(three.message()).contains("20人的1/5以上，即4人以上");
        assertThat(recall.state()).isEqualTo(ProposalState.FILED);
        assertThat(shelved.message()).contains("不得搁置");
    }

    @Test
    @DisplayName("another congress's motion is not found")
    void otherCongressNotFound() {
        JointProposal motion = service.file(countyLiaison, motion(seat(COUNTY, countyTerm, 10)));

        Throwable missing = catchThrowable(() -> service.find(townshipLiaison, motion.id()));

        assertThat(missing).isInstanceOf(org.lvzhi.application.shared.NotFound.class);
    }
}
