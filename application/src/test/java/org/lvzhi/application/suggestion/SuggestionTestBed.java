package org.lvzhi.application.suggestion;

import static org.lvzhi.application.testing.TestData.HUNAN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.deputy.port.out.PersonPort;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.suggestion.port.out.HandlingUnitHeadsPort;
import org.lvzhi.application.testing.FakeProfiles;
import org.lvzhi.application.testing.InMemoryPlatform;
import org.lvzhi.application.testing.MovableDayClock;
import org.lvzhi.application.testing.InMemorySuggestions;
import org.lvzhi.application.testing.RecordingNotifications;
import org.lvzhi.application.testing.SeatBuilder;
import org.lvzhi.application.testing.TestData;
import org.lvzhi.domain.congress.OrganisationUnit;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.UnitKind;
import org.lvzhi.domain.deputy.ContactDetails;
import org.lvzhi.domain.deputy.Deputy;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.Person;
import org.lvzhi.domain.deputy.Position;
import org.lvzhi.domain.deputy.PositionAssignment;
import org.lvzhi.domain.policy.Deadline;
import org.lvzhi.domain.policy.PolicyProfile;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.policy.ProfileFixtures;
import org.lvzhi.domain.policy.RuleKind;
import org.lvzhi.domain.policy.Screening;
import org.lvzhi.domain.policy.ScreeningCategory;

/**
 * The suggestion use cases on the in-memory platform under a Hunan-like profile: HN-5's screening categories, HN-6's
 * month for feedback, over a baseline with BL-13's reply periods. Hunan's 13th term; deputies 刘志强 (login liu.zq) and
 * 张秀英 (zhang.xy); handling units 省水利厅 (headed by 王厅长, login water.head) and 省教育厅 (李厅长, edu.head).
 */
final class SuggestionTestBed {

    final InMemoryPlatform platform = InMemoryPlatform.create();
    final InMemorySuggestions suggestions = new InMemorySuggestions(platform.transactions());
    final MovableDayClock clock = new MovableDayClock(LocalDate.of(2026, 1, 20));
    final FakeProfiles profiles = FakeProfiles.resolving(ProfileFixtures.baseline(), hunanLike());
    final RecordingDeadlineClocks deadlines = new RecordingDeadlineClocks();
    final RecordingNotifications notifications = new RecordingNotifications();
    final List<DeputyId> filed = new ArrayList<>();
    final HandlingUnitHeadsPort heads = new Heads(platform, platform.persons());

    final SuggestionAuthority authority = new SuggestionAuthority(platform.deputies(), platform.positions());
    final SuggestionRecords records = new SuggestionRecords(suggestions, authority, clock);
    final SuggestionNotices notices = new SuggestionNotices(notifications, platform.deputies(), heads);
    final FilingService filing = new FilingService(platform.transactions(), suggestions, records, authority, platform.deputies(),
            platform.records(), (congress, deputy) -> filed.add(deputy), notices);
    final MergeCandidates candidates = new MergeCandidates(suggestions);
    final ScreeningService screening = new ScreeningService(platform.transactions(), suggestions, records, authority, profiles, notices,
            candidates);
    final HandlingService handling = new HandlingService(platform.transactions(), suggestions, records, authority,
            new SuggestionClocks(deadlines, profiles), notices, platform.units(), heads);
    final SuggestionQueryService queries = new SuggestionQueryService(platform.transactions(), suggestions, records, authority, candidates,
            platform.deputies(), heads, clock);

    final Term term = platform.terms().seed(HUNAN, TestData.term(13, 2023));
    final Deputy liu = seat("刘志强", "liu.zq");
    final Deputy zhang = seat("张秀英", "zhang.xy");
    final OrganisationUnit water = platform.units().seed(HUNAN, TestData.unit(UnitKind.HANDLING_UNIT, "省水利厅"));
    final OrganisationUnit education = platform.units().seed(HUNAN, TestData.unit(UnitKind.HANDLING_UNIT, "省教育厅"));

    final ActingCaller liaison = TestData.caller("hunan-liaison", HUNAN, AccessRole.LIAISON_OFFICER);
    final ActingCaller liuCaller = TestData.caller("liu.zq", HUNAN, AccessRole.DEPUTY);
    final ActingCaller zhangCaller = TestData.caller("zhang.xy", HUNAN, AccessRole.DEPUTY);
    final ActingCaller waterUnit = TestData.caller("water.head", HUNAN, AccessRole.HANDLING_UNIT);
    final ActingCaller educationUnit = TestData.caller("edu.head", HUNAN, AccessRole.HANDLING_UNIT);

    SuggestionTestBed() {
        head(water, "王厅长", "water.head");
        head(education, "李厅长", "edu.head");
    }

    static PolicyProfile hunanLike() {
        PolicyRule screening = new PolicyRule("HN-5", "第五条", RuleKind.SCREENING, "不作为建议的情形", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(new Screening(List.of(
                        new ScreeningCategory("OUTSIDE_CONGRESS_POWERS", "不属于省人大及其常委会职权范围内的事项", List.of("MOTION")),
                        new ScreeningCategory("PERSONAL_OR_RELATIVES_MATTER", "涉及解决代表本人及其亲属个人问题", List.of("SUGGESTION")),
                        new ScreeningCategory("SPECIFIC_JUDICIAL_CASE", "涉及具体司法案件", List.of("SUGGESTION"))), true)),
                Optional.empty());
        PolicyRule feedback = ProfileFixtures.deadlineRule("HN-6",
                new Deadline("SUGGESTION_REPLIED", Optional.of("AFTER"), "P1M", Optional.empty(), Optional.empty(), Optional.empty(),
                        List.of("P7D"), Optional.empty(), Optional.of("DEPUTY"), Optional.empty()));
        return ProfileFixtures.profile("hunan").inherits(PolicyProfile.BASELINE).rules(screening, feedback).build();
    }

    private Deputy seat(String name, String login) {
        Person person = platform.persons().seed(HUNAN, TestData.person(name, login));
        return platform.deputies().seed(HUNAN, Deputy.elect(person.id(), term.id(), SeatBuilder.aSeat().build(), ContactDetails.NONE));
    }

    private void head(OrganisationUnit unit, String name, String login) {
        Person holder = platform.persons().seed(HUNAN, TestData.person(name, login));
        platform.transactions().inCongress(HUNAN, () -> {
            platform.positions().add(PositionAssignment.assign(Position.HANDLING_UNIT_HEAD, holder.id(), Optional.of(unit),
                    LocalDate.of(2023, 2, 1), Optional.empty()));
            return null;
        });
    }

    /** The heads the database would answer: holders of HANDLING_UNIT_HEAD in the unit on the date. */
    private record Heads(InMemoryPlatform platform, PersonPort persons) implements HandlingUnitHeadsPort {

        @Override
        public List<Person> heads(org.lvzhi.domain.congress.UnitId unit, LocalDate on) {
            return platform.positions().stored(HUNAN).stream()
                    .filter(a -> a.position() == Position.HANDLING_UNIT_HEAD && a.unit().equals(Optional.of(unit)) && a.heldOn(on))
                    .map(a -> persons.find(a.holder()).orElseThrow())
                    .toList();
        }
    }

}
