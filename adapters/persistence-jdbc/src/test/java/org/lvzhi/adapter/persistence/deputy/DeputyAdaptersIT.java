package org.lvzhi.adapter.persistence.deputy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.persistence.testing.TenantIT;
import org.lvzhi.application.deputy.port.out.DeputySearch;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.deputy.port.out.PositionView;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.application.deputy.port.out.PositionPort;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.congress.UnitKind;
import org.lvzhi.domain.deputy.Constituency;
import org.lvzhi.domain.deputy.ContactDetails;
import org.lvzhi.domain.deputy.Deputy;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.DeputyStatus;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.deputy.Person;
import org.lvzhi.domain.deputy.PersonId;
import org.lvzhi.domain.deputy.Position;
import org.lvzhi.domain.deputy.PositionAssignment;
import org.lvzhi.domain.deputy.PositionAssignmentId;
import org.lvzhi.domain.deputy.Seat;
import org.lvzhi.domain.deputy.StatusChange;
import org.lvzhi.domain.shared.Name;

class DeputyAdaptersIT extends TenantIT {

    private static final LocalDate DAY = LocalDate.of(2024, 7, 1);

    @Inject LoadDeputyPort load;
    @Inject PositionPort positions;

    @Test
    @DisplayName("a deputy with a full seat and contact, and one with neither, come back with their person; an update replaces seat, contact and status")
    void deputyRoundTripAndUpdate() {
        UnitId delegation = in(() -> addUnit(UnitKind.DELEGATION, "城关代表团"));
        UnitId group = in(() -> addUnit(UnitKind.DEPUTY_GROUP, "第二代表小组"));
        UnitId station = in(() -> addUnit(UnitKind.LIAISON_STATION, "城关联络站"));
        Person person = new Person(PersonId.random(), new Name("欧阳明月"), Optional.of(new Login("ouyang-" + suffix())));
        Deputy full = Deputy.elect(person.id(), term, new Seat(Constituency.ELECTING_UNIT, Optional.of("城关镇第三选区"),
                Optional.of(delegation), Optional.of(group), Optional.of(station), true, true),
                new ContactDetails(Optional.of("13800000000"), Optional.of("ouyang@example.cn"), Optional.of("城关镇人民路1号")));
        run(() -> {
            persons.add(person);
            deputies.add(full);
        });
        Deputy changed = full.update(new Seat(Constituency.DISTRICT, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                false, false), ContactDetails.NONE).moveTo(DeputyStatus.SUSPENDED);

        DeputyView stored = read(() -> load.find(full.id())).orElseThrow();
        run(() -> deputies.update(changed));

        assertThat(stored).isEqualTo(new DeputyView(full, person));
        assertThat(read(() -> load.find(full.id()))).contains(new DeputyView(changed, person));
        assertThat(read(() -> load.hasSeat(person.id(), term))).isTrue();
        assertThat(read(() -> load.hasSeat(person.id(), otherTerm))).isFalse();
        assertThat(read(other, () -> load.find(full.id()))).isEmpty();
    }

    @Test
    @DisplayName("a login finds the person's seat of the latest term, and the person stays one across congresses")
    void loginFindsLatestSeat() {
        Login login = new Login("two-terms-" + suffix());
        Person person = new Person(PersonId.random(), new Name("连任代表"), Optional.of(login));
        TermId later = in(() -> addTerm(2026));
        Deputy first = Deputy.elect(person.id(), term, district(), ContactDetails.NONE);
        Deputy second = Deputy.elect(person.id(), later, district(), ContactDetails.NONE);
        Deputy elsewhere = Deputy.elect(person.id(), otherTerm, district(), ContactDetails.NONE);
        run(() -> {
            persons.add(person);
            deputies.add(first);
            deputies.add(second);
        });
        run(other, () -> deputies.add(elsewhere));
        run(() -> persons.update(new Person(person.id(), new Name("连任代表（更名）"), Optional.of(login))));

        assertThat(read(() -> load.findByLogin(login))).map(view -> view.deputy().id()).contains(second.id());
        assertThat(read(other, () -> load.findByLogin(login))).map(view -> view.deputy().id()).contains(elsewhere.id());
        assertThat(read(() -> persons.idOf(login))).contains(person.id());
        assertThat(read(other, () -> persons.find(person.id()))).map(Person::name).contains(new Name("连任代表（更名）"));
        assertThat(read(() -> load.findByLogin(new Login("nobody-" + suffix())))).isEmpty();
    }

    @Test
    @DisplayName("the search filters by a part of the name (its wildcards taken literally), term, status, units and attributes, by name, a page at a time")
    void search() {
        CongressId own = addCongress();
        TermId ownTerm = in(own, () -> addTerm(2021));
        TermId laterTerm = in(own, () -> addTerm(2026));
        UnitId group = in(own, () -> addUnit(UnitKind.DEPUTY_GROUP, "第一小组"));
        DeputyId zhang = in(own, () -> addDeputy(ownTerm, "张三丰", inGroup(group)));
        DeputyId zhangLater = in(own, () -> addDeputy(laterTerm, "张无忌"));
        DeputyId percent = in(own, () -> addDeputy(ownTerm, "百分之%百", new Seat(Constituency.DISTRICT, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), true, false)));
        DeputyId li = in(own, () -> addDeputy(ownTerm, "李四"));
        run(own, () -> deputies.update(read(own, () -> load.find(li)).orElseThrow().deputy().moveTo(DeputyStatus.RESIGNED)));

        Page<DeputyView> zhangs = read(own, () -> load.search(search(Optional.of(" 张"), Optional.empty(), Optional.empty()),
                new PageRequest(0, 1)));
        Page<DeputyView> literalPercent = read(own, () -> load.search(search(Optional.of("%"), Optional.empty(), Optional.empty()),
                new PageRequest(0, 20)));
        Page<DeputyView> ofTerm = read(own, () -> load.search(search(Optional.empty(), Optional.of(ownTerm), Optional.empty()),
                new PageRequest(0, 20)));
        Page<DeputyView> resigned = read(own, () -> load.search(search(Optional.empty(), Optional.empty(), Optional.of(DeputyStatus.RESIGNED)),
                new PageRequest(0, 20)));
        Page<DeputyView> ofGroup = read(own, () -> load.search(new DeputySearch(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(group), Optional.empty(), Optional.empty()), new PageRequest(0, 20)));
        Page<DeputyView> grassroots = read(own, () -> load.search(new DeputySearch(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(true), Optional.of(false)), new PageRequest(0, 20)));

        assertThat(zhangs.items()).extracting(view -> view.deputy().id()).containsExactly(zhang);
        assertThat(zhangs.total()).isEqualTo(2);
        assertThat(literalPercent.items()).extracting(view -> view.deputy().id()).containsExactly(percent);
        assertThat(ofTerm.items()).extracting(view -> view.deputy().id()).containsExactlyInAnyOrder(zhang, percent, li)
                .doesNotContain(zhangLater);
        assertThat(resigned.items()).extracting(view -> view.deputy().id()).containsExactly(li);
        assertThat(ofGroup.items()).extracting(view -> view.deputy().id()).containsExactly(zhang);
        assertThat(grassroots.items()).extracting(view -> view.deputy().id()).containsExactly(percent);
    }

    @Test
    @DisplayName("the nightly walk answers the term's serving deputies in id order, a batch after the last one, none of another term or status")
    void servingInIdOrder() {
        CongressId own = addCongress();
        TermId ownTerm = in(own, () -> addTerm(2021));
        TermId laterTerm = in(own, () -> addTerm(2026));
        List<DeputyId> serving = new ArrayList<>();
        for (String name : List.of("赵一", "钱二", "孙三", "李四")) {
            serving.add(in(own, () -> addDeputy(ownTerm, name)));
        }
        serving.sort(Comparator.comparing(id -> id.value().toString()));
        in(own, () -> addDeputy(laterTerm, "周五"));
        DeputyId resigned = in(own, () -> addDeputy(ownTerm, "吴六"));
        run(own, () -> deputies.update(read(own, () -> load.find(resigned)).orElseThrow().deputy().moveTo(DeputyStatus.RESIGNED)));

        List<DeputyView> first = read(own, () -> load.servingAfter(ownTerm, Optional.empty(), 3));
        List<DeputyView> rest = read(own, () -> load.servingAfter(ownTerm, Optional.of(first.getLast().deputy().id()), 3));

        assertThat(first).extracting(view -> view.deputy().id()).containsExactlyElementsOf(serving.subList(0, 3));
        assertThat(rest).extracting(view -> view.deputy().id()).containsExactly(serving.get(3));
        assertThat(read(() -> load.servingAfter(ownTerm, Optional.empty(), 10))).isEmpty();
    }

    @Test
    @DisplayName("status changes are kept in the order they happened, an acceptance with its document and rule")
    void statusChanges() {
        DeputyId deputy = deputy("辞职代表");
        Instant at = Instant.parse("2024-07-01T09:30:00.123456Z");
        StatusChange suspended = new StatusChange(deputy, DeputyStatus.ACTIVE, DeputyStatus.SUSPENDED, "涉嫌违法，暂停执行代表职务", at, "staff",
                Optional.empty());
        StatusChange resigned = new StatusChange(deputy, DeputyStatus.SUSPENDED, DeputyStatus.RESIGNED, "本人书面辞职", at.plusSeconds(3600),
                "staff", Optional.of(new StatusChange.Acceptance(DAY, "常委会〔2024〕12号", Optional.of(StatusChange.RESIGNATION_RULE))));
        run(() -> {
            deputies.record(resigned);
            deputies.record(suspended);
        });

        assertThat(read(() -> load.statusChanges(deputy))).containsExactly(suspended, resigned);
        assertThat(read(other, () -> load.statusChanges(deputy))).isEmpty();
    }

    @Test
    @DisplayName("offices are held from their first day to their last; listed by position and start, each with its holder")
    void positions() {
        CongressId own = addCongress();
        UnitId unit = in(own, () -> addUnit(UnitKind.HANDLING_UNIT, "县发改局"));
        Login login = new Login("office-" + suffix());
        Person holder = new Person(PersonId.random(), new Name("钱主任"), Optional.of(login));
        PersonId successor = in(own, () -> addPerson("孙主任"));
        PositionAssignment chair = new PositionAssignment(PositionAssignmentId.random(), Position.CHAIR, holder.id(), Optional.empty(),
                DAY.minusYears(2), Optional.of(DAY.minusDays(1)));
        PositionAssignment head = new PositionAssignment(PositionAssignmentId.random(), Position.HANDLING_UNIT_HEAD, holder.id(),
                Optional.of(unit), DAY, Optional.empty());
        PositionAssignment nextChair = new PositionAssignment(PositionAssignmentId.random(), Position.CHAIR, successor, Optional.empty(),
                DAY, Optional.empty());
        run(own, () -> {
            persons.add(holder);
            List.of(head, nextChair, chair).forEach(positions::add);
        });

        Page<PositionView> first = read(own, () -> positions.list(new PageRequest(0, 2)));

        assertThat(first.items()).extracting(PositionView::assignment).containsExactly(chair, nextChair);
        assertThat(first.items().getFirst().holder()).isEqualTo(holder);
        assertThat(first.total()).isEqualTo(3);
        assertThat(read(own, () -> positions.heldBy(holder.id(), DAY.minusDays(1)))).containsExactly(chair);
        assertThat(read(own, () -> positions.heldBy(holder.id(), DAY))).containsExactly(head);
        assertThat(read(own, () -> positions.heldBy(List.of(holder.id(), successor), DAY))).containsExactlyInAnyOrder(head, nextChair);
        assertThat(read(own, () -> positions.heldBy(login, DAY))).containsExactly(head);
        assertThat(read(() -> positions.heldBy(login, DAY))).isEmpty();
    }

    private static DeputySearch search(Optional<String> name, Optional<TermId> term, Optional<DeputyStatus> status) {
        return new DeputySearch(name, term, status, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static Seat district() {
        return new Seat(Constituency.DISTRICT, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, false);
    }
}
