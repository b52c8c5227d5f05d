package org.lvzhi.adapter.persistence.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.persistence.testing.TenantIT;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.suggestion.port.out.AwaitingReply;
import org.lvzhi.application.deputy.port.out.PositionPort;
import org.lvzhi.application.suggestion.port.out.HandlingUnitHeadsPort;
import org.lvzhi.application.suggestion.port.out.SuggestionPort;
import org.lvzhi.application.suggestion.port.out.SuggestionScope;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.congress.UnitKind;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.deputy.Person;
import org.lvzhi.domain.deputy.PersonId;
import org.lvzhi.domain.deputy.Position;
import org.lvzhi.domain.deputy.PositionAssignment;
import org.lvzhi.domain.deputy.PositionAssignmentId;
import org.lvzhi.domain.shared.Name;
import org.lvzhi.domain.suggestion.ActionKind;
import org.lvzhi.domain.suggestion.Feedback;
import org.lvzhi.domain.suggestion.HandlingRole;
import org.lvzhi.domain.suggestion.HandlingUnit;
import org.lvzhi.domain.suggestion.Suggestion;
import org.lvzhi.domain.suggestion.SuggestionAction;
import org.lvzhi.domain.suggestion.SuggestionFilter;
import org.lvzhi.domain.suggestion.SuggestionId;
import org.lvzhi.domain.suggestion.SuggestionState;

class SuggestionAdapterIT extends TenantIT {

    private static final Instant AT = Instant.parse("2025-03-01T02:03:04.123456Z");

    @Inject SuggestionPort suggestions;
    @Inject HandlingUnitHeadsPort heads;
    @Inject PositionPort positions;

    private DeputyId sponsor;
    private DeputyId coSponsor;
    private DeputyId bystander;
    private UnitId lead;
    private UnitId co;

    @BeforeAll
    void deputiesAndUnits() {
        sponsor = deputy("王建国");
        coSponsor = deputy("李秀英");
        bystander = deputy("赵四");
        lead = in(() -> addUnit(UnitKind.HANDLING_UNIT, "县交通运输局"));
        co = in(() -> addUnit(UnitKind.HANDLING_UNIT, "县财政局"));
    }

    @Test
    @DisplayName("a suggestion with every optional part present comes back as it was saved: co-sponsors, units and actions in order")
    void everyFieldSurvives() {
        Suggestion merged = draft(sponsor, List.of(), "合并来源", 1);
        Suggestion full = new Suggestion(SuggestionId.random(), term, sponsor, List.of(coSponsor, bystander), "关于修缮乡村公路的建议",
                "村道年久失修，雨天泥泞；建议列入明年预算。\n第二段：“引号”与emoji🚧。", SuggestionState.REASSIGNED, 2,
                List.of(new HandlingUnit(co, HandlingRole.CO), new HandlingUnit(lead, HandlingRole.LEAD)), true,
                Optional.of(LocalDate.of(2025, 3, 10)), Optional.of(LocalDate.of(2025, 9, 10)), Optional.of(LocalDate.of(2025, 10, 10)),
                Optional.of(merged.id()),
                List.of(SuggestionAction.of(ActionKind.DRAFTED, 0, acting("deputy-1", 0)),
                        new SuggestionAction(ActionKind.FEEDBACK_GIVEN, 2, "staff-2", AT.plusSeconds(60), LocalDate.of(2025, 3, 2),
                                Optional.of(lead), Optional.of("答复内容：已列入计划"), Optional.of("CAT-1"), Optional.of("张局长"),
                                Optional.of(Feedback.BASICALLY_SATISFIED), Optional.of(Feedback.DISSATISFIED))));
        run(() -> {
            suggestions.add(merged);
            suggestions.add(full);
        });

        assertThat(read(() -> suggestions.find(full.id()))).contains(full);
        assertThat(in(() -> suggestions.lock(full.id()))).contains(full);
        assertThat(read(() -> suggestions.find(merged.id()))).contains(merged);
        assertThat(merged.assignedOn()).isEmpty();
    }

    @Test
    @DisplayName("an update replaces co-sponsors and units, changes the row and appends only the actions not yet stored")
    void updateReplacesChildrenAndAppendsActions() {
        Suggestion drafted = draft(sponsor, List.of(coSponsor), "原标题", 2);
        run(() -> suggestions.add(drafted));
        Suggestion revised = drafted.revise("新标题", "新内容", List.of(bystander)).submit(acting("deputy-1", 3));
        List<SuggestionAction> actions = new ArrayList<>(revised.actions());
        actions.add(SuggestionAction.of(ActionKind.ACCEPTED, 0, acting("staff", 4)));
        Suggestion assigned = new Suggestion(revised.id(), term, sponsor, List.of(bystander), "新标题", "新内容", SuggestionState.ASSIGNED, 1,
                List.of(new HandlingUnit(lead, HandlingRole.LEAD)), false, Optional.of(LocalDate.of(2025, 4, 1)),
                Optional.of(LocalDate.of(2025, 7, 1)), Optional.empty(), Optional.empty(), actions);

        run(() -> suggestions.update(revised));
        run(() -> suggestions.update(assigned));

        Suggestion stored = read(() -> suggestions.find(drafted.id())).orElseThrow();
        assertThat(stored).isEqualTo(assigned);
        assertThat(stored.actions()).extracting(SuggestionAction::kind)
                .containsExactly(ActionKind.DRAFTED, ActionKind.SUBMITTED, ActionKind.ACCEPTED);
    }

    @Test
    @DisplayName("lists keep to the scope and filter, newest draft first, one page at a time with the whole list's total")
    void listFiltersSortsAndPages() {
        DeputyId own = deputy("钱多多");
        DeputyId joining = deputy("孙小美");
        UnitId handling = in(() -> addUnit(UnitKind.HANDLING_UNIT, "县水务局"));
        Suggestion draft = draft(own, List.of(), "草稿", 10);
        Suggestion submitted = draft(own, List.of(), "已提交", 11).submit(acting("d", 11));
        Suggestion coSponsored = draft(joining, List.of(own), "附议", 12).submit(acting("d", 12));
        Suggestion handled = assigned(draft(joining, List.of(), "已交办", 13), handling, LocalDate.of(2025, 6, 1));
        run(() -> List.of(draft, submitted, coSponsored, handled).forEach(suggestions::add));

        Slice<Suggestion> ownFirst = read(() -> suggestions.list(new SuggestionScope.SponsoredBy(own), SuggestionFilter.all(),
                new KeysetRequest(Optional.empty(), 2, true)));
        Slice<Suggestion> ownSecond = read(() -> suggestions.list(new SuggestionScope.SponsoredBy(own), SuggestionFilter.all(),
                new KeysetRequest(ownFirst.next(), 2)));
        Slice<Suggestion> byUnit = read(() -> suggestions.list(new SuggestionScope.HandledBy(Set.of(handling)), SuggestionFilter.all(),
                new KeysetRequest(Optional.empty(), 20, true)));
        Slice<Suggestion> submittedOnly = read(() -> suggestions.list(new SuggestionScope.SponsoredBy(own),
                new SuggestionFilter(Optional.of(SuggestionState.SUBMITTED), Optional.empty()), new KeysetRequest(Optional.empty(), 20, true)));
        Slice<Suggestion> staffOfUnit = read(() -> suggestions.list(new SuggestionScope.Submitted(),
                new SuggestionFilter(Optional.empty(), Optional.of(handling)), new KeysetRequest(Optional.empty(), 20, true)));
        Slice<Suggestion> staff = read(() -> suggestions.list(new SuggestionScope.Submitted(), SuggestionFilter.all(), new KeysetRequest(Optional.empty(), 200, true)));

        assertThat(ownFirst.items()).extracting(Suggestion::title).containsExactly("附议", "已提交");
        assertThat(ownFirst.total()).contains(3L);
        assertThat(ownSecond.items()).extracting(Suggestion::title).containsExactly("草稿");
        assertThat(ownSecond.next()).isEmpty();
        assertThat(byUnit.items()).containsExactly(handled);
        assertThat(submittedOnly.items()).extracting(Suggestion::title).containsExactly("附议", "已提交");
        assertThat(staffOfUnit.items()).extracting(Suggestion::title).containsExactly("已交办");
        assertThat(staff.items()).extracting(Suggestion::title).doesNotContain("草稿").contains("已交办", "附议", "已提交");
    }

    @Test
    @DisplayName("the work list holds only suggestions awaiting a reply, soonest due first, with the lead unit and a total past the end")
    void awaitingReplySoonestDueFirst() {
        UnitId unit = in(() -> addUnit(UnitKind.HANDLING_UNIT, "县教育局"));
        Suggestion later = assigned(draft(sponsor, List.of(), "晚到期", 20), unit, LocalDate.of(2025, 12, 1));
        Suggestion sooner = assigned(draft(sponsor, List.of(), "早到期", 21), unit, LocalDate.of(2025, 8, 1));
        Suggestion notAssigned = draft(sponsor, List.of(), "未交办", 22).submit(acting("d", 22));
        run(() -> List.of(later, sooner, notAssigned).forEach(suggestions::add));
        SuggestionScope scope = new SuggestionScope.HandledBy(Set.of(unit));

        Slice<AwaitingReply> first = read(() -> suggestions.awaitingReply(scope, new KeysetRequest(Optional.empty(), 1, true)));
        Slice<AwaitingReply> all = read(() -> suggestions.awaitingReply(scope, new KeysetRequest(Optional.empty(), 20, true)));
        Slice<AwaitingReply> second = read(() -> suggestions.awaitingReply(scope, new KeysetRequest(first.next(), 1)));

        assertThat(first.items()).containsExactly(AwaitingReply.of(sooner));
        assertThat(first.total()).contains(2L);
        assertThat(all.items()).containsExactly(AwaitingReply.of(sooner), AwaitingReply.of(later));
        assertThat(all.items().getFirst().leadUnit()).contains(unit);
        assertThat(second.items()).containsExactly(AwaitingReply.of(later));
        assertThat(second.next()).isEmpty();
        assertThat(second.total()).isEmpty();
    }

    @Test
    @DisplayName("a term's suggestions in the states asked for, oldest draft first")
    void ofTermInStates() {
        TermId ofAnotherTerm = in(() -> addTerm(2031));
        DeputyId deputyThere = in(() -> addDeputy(ofAnotherTerm, "周五"));
        Suggestion first = draft(ofAnotherTerm, deputyThere, List.of(), "一", 30).submit(acting("d", 30));
        Suggestion second = draft(ofAnotherTerm, deputyThere, List.of(), "二", 31).submit(acting("d", 31));
        Suggestion draft = draft(ofAnotherTerm, deputyThere, List.of(), "三", 32);
        Suggestion elsewhere = draft(sponsor, List.of(), "别的届", 33).submit(acting("d", 33));
        run(() -> List.of(second, first, draft, elsewhere).forEach(suggestions::add));

        assertThat(read(() -> suggestions.ofTerm(ofAnotherTerm, List.of(SuggestionState.SUBMITTED))))
                .extracting(Suggestion::title).containsExactly("一", "二");
        assertThat(read(() -> suggestions.ofTerm(ofAnotherTerm, List.of(SuggestionState.SUBMITTED, SuggestionState.DRAFT))))
                .extracting(Suggestion::title).containsExactly("一", "二", "三");
    }

    @Test
    @DisplayName("another congress sees none of the suggestions, neither by id nor in its lists")
    void anotherCongressSeesNothing() {
        Suggestion submitted = draft(sponsor, List.of(), "本县的建议", 40).submit(acting("d", 40));
        run(() -> suggestions.add(submitted));

        assertThat(read(other, () -> suggestions.find(submitted.id()))).isEmpty();
        assertThat(read(other, () -> suggestions.list(new SuggestionScope.Submitted(), SuggestionFilter.all(), new KeysetRequest(Optional.empty(), 20, true)))
                .total()).contains(0L);
        assertThat(read(other, () -> suggestions.ofTerm(term, List.of(SuggestionState.SUBMITTED)))).isEmpty();
    }

    @Test
    @DisplayName("a locked suggestion holds a second locker back until the first transaction ends, which then reads its change")
    void lockSerialisesChanges() throws Exception {
        Suggestion submitted = draft(sponsor, List.of(), "并发处理", 50).submit(acting("d", 50));
        run(() -> suggestions.add(submitted));
        Suggestion accepted = submitted.accept(Optional.of("同意立案"), acting("staff", 51));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = threads.submit(() -> run(() -> {
                suggestions.lock(submitted.id());
                locked.countDown();
                awaitQuietly(release);
                suggestions.update(accepted);
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Suggestion> second = threads.submit(() -> in(() -> suggestions.lock(submitted.id()).orElseThrow()));

            Thread.sleep(300);
            boolean secondWaited = !second.isDone();
            release.countDown();
            first.get(10, TimeUnit.SECONDS);

            assertThat(secondWaited).isTrue();
            assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(accepted);
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    @DisplayName("a handling unit's heads on a day are the persons holding the office there, by name")
    void handlingUnitHeads() {
        UnitId unit = in(() -> addUnit(UnitKind.HANDLING_UNIT, "县自然资源局"));
        LocalDate from = LocalDate.of(2024, 1, 1);
        Person head = new Person(PersonId.random(), new Name("马局长"), Optional.of(new Login("ma-" + suffix())));
        PersonId deputyHead = in(() -> addPerson("冯副局长"));
        PersonId former = in(() -> addPerson("卫前局长"));
        run(() -> {
            persons.add(head);
            positions.add(head(head.id(), unit, from, Optional.empty()));
            positions.add(head(deputyHead, unit, from, Optional.empty()));
            positions.add(head(former, unit, from.minusYears(3), Optional.of(from.minusDays(1))));
            positions.add(new PositionAssignment(PositionAssignmentId.random(), Position.STATION_HEAD, head.id(), Optional.of(co), from,
                    Optional.empty()));
        });

        assertThat(read(() -> heads.heads(unit, from))).extracting(Person::name).containsExactly(new Name("冯副局长"), new Name("马局长"));
        assertThat(read(() -> heads.heads(unit, from))).contains(head);
        assertThat(read(() -> heads.heads(unit, from.minusDays(1)))).extracting(Person::id).containsExactly(former);
        assertThat(read(() -> heads.heads(co, from))).isEmpty();
        assertThat(read(other, () -> heads.heads(unit, from))).isEmpty();
    }

    private static PositionAssignment head(PersonId holder, UnitId unit, LocalDate from, Optional<LocalDate> until) {
        return new PositionAssignment(PositionAssignmentId.random(), Position.HANDLING_UNIT_HEAD, holder, Optional.of(unit), from, until);
    }

    private Suggestion draft(DeputyId by, List<DeputyId> coSponsors, String title, int minute) {
        return draft(term, by, coSponsors, title, minute);
    }

    private static Suggestion draft(TermId of, DeputyId by, List<DeputyId> coSponsors, String title, int minute) {
        return Suggestion.draft(of, by, coSponsors, title, title + "的内容", acting("deputy", minute));
    }

    private Suggestion assigned(Suggestion draft, UnitId unit, LocalDate due) {
        return new Suggestion(draft.id(), draft.term(), draft.sponsor(), draft.coSponsors(), draft.title(), draft.content(),
                SuggestionState.ASSIGNED, 1, List.of(new HandlingUnit(unit, HandlingRole.LEAD)), false, Optional.of(due.minusMonths(3)),
                Optional.of(due), Optional.empty(), Optional.empty(), draft.actions());
    }

    private static SuggestionAction.Acting acting(String by, int minute) {
        Instant at = AT.plus(minute, ChronoUnit.MINUTES);
        return new SuggestionAction.Acting(by, at, LocalDate.of(2025, 3, 1));
    }
}
