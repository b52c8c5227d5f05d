package org.lvzhi.adapter.persistence.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.persistence.testing.TenantIT;
import org.lvzhi.application.deadline.port.out.DeadlineClaimPort;
import org.lvzhi.application.deadline.port.out.DeadlineClaimPort.Claimed;
import org.lvzhi.application.deadline.port.out.DeadlinePort;
import org.lvzhi.application.deadline.port.out.DeadlineRecipientsPort;
import org.lvzhi.application.deadline.port.out.HolidayCalendarPort;
import org.lvzhi.application.deadline.port.out.PlatformHolidayCalendarPort;
import org.lvzhi.application.deputy.port.out.PositionPort;
import org.lvzhi.application.event.Recipient;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.congress.UnitKind;
import org.lvzhi.domain.deadline.CalendarDay;
import org.lvzhi.domain.deadline.DeadlineClock;
import org.lvzhi.domain.deadline.DeadlineId;
import org.lvzhi.domain.deadline.DeadlineState;
import org.lvzhi.domain.deadline.DeadlineSubject;
import org.lvzhi.domain.deadline.HolidayYear;
import org.lvzhi.domain.deputy.PersonId;
import org.lvzhi.domain.deputy.Position;
import org.lvzhi.domain.deputy.PositionAssignment;
import org.lvzhi.domain.deputy.PositionAssignmentId;

class DeadlineAdaptersIT extends TenantIT {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 3);

    @Inject DeadlinePort deadlines;
    @Inject DeadlineClaimPort claims;
    @Inject DeadlineRecipientsPort recipients;
    @Inject HolidayCalendarPort holidays;
    @Inject PlatformHolidayCalendarPort platformHolidays;
    @Inject PositionPort positions;

    @Test
    @DisplayName("a clock with every optional part present, and one with none, come back as they were saved")
    void roundTrip() {
        UnitId unit = in(() -> addUnit(UnitKind.HANDLING_UNIT, "县住建局"));
        DeadlineClock full = new DeadlineClock(DeadlineId.random(), "BL-13", "第十三条", "SUGGESTION_ASSIGNED",
                new DeadlineSubject("SUGGESTION", "s-1", "关于加装电梯的建议", Optional.of(unit)), "答复代表建议", Optional.of("局长 李某"),
                Optional.of("县人大常委会"), DAY, DAY.plusDays(1), DAY.plusMonths(3), List.of(DAY.plusMonths(2), DAY.plusMonths(1)),
                Optional.of(DAY.plusMonths(1)), Optional.of(DAY.plusMonths(2)), Optional.of(DAY.plusMonths(2).plusDays(1)),
                Optional.of(DAY.plusMonths(3).plusDays(1)), DeadlineState.OPEN, Optional.empty());
        DeadlineClock bare = clock("MATTER", "m-1", Optional.empty(), DAY.plusDays(10));
        run(() -> {
            deadlines.add(full);
            deadlines.add(bare);
        });

        assertThat(read(() -> deadlines.find(full.id()))).contains(full);
        assertThat(read(() -> deadlines.find(bare.id()))).contains(bare);
        assertThat(full.reminders()).containsExactly(DAY.plusMonths(1), DAY.plusMonths(2));
        assertThat(read(other, () -> deadlines.find(full.id()))).isEmpty();
    }

    @Test
    @DisplayName("its event stops a subject's open clocks, of one rule or all; a met clock is not met again")
    void stopAndMeet() {
        DeadlineClock first = clock("SUGGESTION", "s-stop", Optional.empty(), DAY.plusDays(5));
        DeadlineClock secondRule = withRule(clock("SUGGESTION", "s-stop", Optional.empty(), DAY.plusDays(6)), "QH-3.5");
        DeadlineClock byId = clock("SUGGESTION", "s-stop", Optional.empty(), DAY.plusDays(7));
        run(() -> List.of(first, secondRule, byId).forEach(deadlines::add));

        int stoppedByRule = in(() -> deadlines.stop(first.event(), Optional.of("QH-3.5"), "SUGGESTION", "s-stop", DAY.plusDays(1)));
        int stoppedElsewhere = in(other, () -> deadlines.stop(first.event(), Optional.empty(), "SUGGESTION", "s-stop", DAY));
        boolean met = in(() -> deadlines.meet(byId.id(), DAY.plusDays(2)));
        boolean metAgain = in(() -> deadlines.meet(byId.id(), DAY.plusDays(3)));
        int stoppedRest = in(() -> deadlines.stop(first.event(), Optional.empty(), "SUGGESTION", "s-stop", DAY.plusDays(4)));
        int stoppedAgain = in(() -> deadlines.stop(first.id(), DAY.plusDays(5)));

        assertThat(stoppedByRule).isEqualTo(1);
        assertThat(stoppedElsewhere).isZero();
        assertThat(met).isTrue();
        assertThat(metAgain).isFalse();
        assertThat(stoppedRest).isEqualTo(1);
        assertThat(stoppedAgain).isZero();
        assertThat(read(() -> deadlines.ofSubject("SUGGESTION", "s-stop"))).containsExactly(first.met(DAY.plusDays(4)),
                secondRule.met(DAY.plusDays(1)), byId.met(DAY.plusDays(2)));
    }

    @Test
    @DisplayName("the open clocks asked for are locked soonest action first; a poll's outcome is written back")
    void lockOpenAndPolled() {
        DeadlineClock later = clock("MATTER", "m-poll", Optional.empty(), DAY.plusDays(20));
        DeadlineClock sooner = clock("MATTER", "m-poll", Optional.empty(), DAY.plusDays(10));
        DeadlineClock met = clock("MATTER", "m-poll", Optional.empty(), DAY.plusDays(1));
        run(() -> List.of(later, sooner, met).forEach(deadlines::add));
        run(() -> deadlines.meet(met.id(), DAY));

        List<DeadlineClock> locked = in(() -> deadlines.lockOpen(List.of(later.id(), sooner.id(), met.id())));
        DeadlineClock polled = sooner.poll(DAY.plusDays(11)).clock();
        run(() -> deadlines.polled(List.of(polled)));

        assertThat(locked).containsExactly(sooner, later);
        assertThat(in(() -> deadlines.lockOpen(List.of()))).isEmpty();
        assertThat(read(() -> deadlines.find(sooner.id()))).contains(polled);
        assertThat(polled.escalatedOn()).contains(DAY.plusDays(11));
    }

    @Test
    @DisplayName("overdue clocks are open ones past their due day, oldest due first, of one unit when asked, a page at a time")
    void overdue() {
        CongressId own = addCongress();
        UnitId unit = in(own, () -> addUnit(UnitKind.HANDLING_UNIT, "县民政局"));
        DeadlineClock oldest = clock("SUGGESTION", "o-1", Optional.of(unit), DAY.minusDays(10));
        DeadlineClock older = clock("SUGGESTION", "o-2", Optional.empty(), DAY.minusDays(5));
        DeadlineClock dueToday = clock("SUGGESTION", "o-3", Optional.of(unit), DAY);
        DeadlineClock metLate = clock("SUGGESTION", "o-4", Optional.of(unit), DAY.minusDays(20));
        run(own, () -> List.of(dueToday, older, oldest, metLate).forEach(deadlines::add));
        run(own, () -> deadlines.meet(metLate.id(), DAY));

        Slice<DeadlineClock> first = read(own, () -> deadlines.overdue(Optional.empty(), DAY, new KeysetRequest(Optional.empty(), 1, true)));
        Slice<DeadlineClock> second = read(own, () -> deadlines.overdue(Optional.empty(), DAY, new KeysetRequest(first.next(), 1)));
        Slice<DeadlineClock> ofUnit = read(own, () -> deadlines.overdue(Optional.of(unit), DAY, new KeysetRequest(Optional.empty(), 20, true)));

        assertThat(first.items()).containsExactly(oldest);
        assertThat(first.total()).contains(2L);
        assertThat(second.items()).containsExactly(older);
        assertThat(ofUnit.items()).containsExactly(oldest);
        assertThat(read(() -> deadlines.overdue(Optional.empty(), DAY, new KeysetRequest(Optional.empty(), 20, true))).items())
                .doesNotContain(oldest, older);
    }

    @Test
    @DisplayName("the poller claims clocks wanting attention in every congress, soonest first, leaving leased ones alone")
    void claimsAcrossCongresses() {
        LocalDate longAgo = LocalDate.of(2002, 1, 1);
        DeadlineClock here = clock("MATTER", "c-1", Optional.empty(), longAgo);
        DeadlineClock there = clock("MATTER", "c-2", Optional.empty(), longAgo.plusDays(1));
        DeadlineClock notYet = clock("MATTER", "c-3", Optional.empty(), longAgo.plusDays(30));
        run(() -> List.of(here, notYet).forEach(deadlines::add));
        run(other, () -> deadlines.add(there));
        LocalDate today = longAgo.plusDays(5);
        Instant now = Instant.parse("2002-01-06T01:00:00Z");

        List<Claimed> first = claims.claim(1, today, now, Duration.ofMinutes(5));
        List<Claimed> rest = claims.claim(10, today, now, Duration.ofMinutes(5));
        List<Claimed> whileLeased = claims.claim(10, today, now.plusSeconds(60), Duration.ofMinutes(5));
        int released = claims.releaseClaims();
        List<Claimed> afterRelease = claims.claim(10, today, now, Duration.ofMinutes(5));
        claims.releaseClaims();

        assertThat(first).containsExactly(new Claimed(congress, here.id()));
        assertThat(rest).containsExactly(new Claimed(other, there.id()));
        assertThat(whileLeased).isEmpty();
        assertThat(released).isEqualTo(2);
        assertThat(afterRelease).containsExactly(new Claimed(congress, here.id()), new Claimed(other, there.id()));
    }

    @Test
    @DisplayName("the holders of an office on a day are its recipients, of one unit when asked, by name")
    void officeHoldersAsRecipients() {
        UnitId unit = in(() -> addUnit(UnitKind.HANDLING_UNIT, "县卫健委"));
        UnitId elsewhere = in(() -> addUnit(UnitKind.HANDLING_UNIT, "县公安局"));
        PersonId head = in(() -> addPerson("黄主任"));
        PersonId former = in(() -> addPerson("白前任"));
        PersonId otherHead = in(() -> addPerson("蓝局长"));
        run(() -> {
            positions.add(assignment(head, unit, DAY.minusYears(1), Optional.empty()));
            positions.add(assignment(former, unit, DAY.minusYears(3), Optional.of(DAY.minusYears(1).minusDays(1))));
            positions.add(assignment(otherHead, elsewhere, DAY.minusYears(1), Optional.empty()));
        });

        assertThat(read(() -> recipients.holders(Position.HANDLING_UNIT_HEAD, Optional.of(unit), DAY)))
                .containsExactly(new Recipient("黄主任", Optional.empty(), Optional.empty()));
        assertThat(read(() -> recipients.holders(Position.HANDLING_UNIT_HEAD, Optional.empty(), DAY)))
                .extracting(Recipient::name).containsExactly("蓝局长", "黄主任");
        assertThat(read(() -> recipients.holders(Position.HANDLING_UNIT_HEAD, Optional.of(unit), DAY.minusYears(2))))
                .extracting(Recipient::name).containsExactly("白前任");
        assertThat(read(other, () -> recipients.holders(Position.HANDLING_UNIT_HEAD, Optional.empty(), DAY))).isEmpty();
    }

    @Test
    @DisplayName("a holiday year replaced on the platform role is read whole by every congress, its days in order")
    void holidayCalendar() {
        HolidayYear year = new HolidayYear(2099, List.of(new CalendarDay(LocalDate.of(2099, 1, 1), "元旦"),
                new CalendarDay(LocalDate.of(2099, 2, 1), "春节")), List.of(new CalendarDay(LocalDate.of(2099, 2, 7), "春节调休")));
        HolidayYear replaced = new HolidayYear(2099, List.of(new CalendarDay(LocalDate.of(2099, 10, 1), "国庆节")), List.of());

        platformHolidays.replace(year, "admin");
        Optional<HolidayYear> first = platformHolidays.year(2099);
        platformHolidays.replace(replaced, "admin");

        assertThat(first).contains(year);
        assertThat(platformHolidays.year(2099)).contains(replaced);
        assertThat(platformHolidays.year(2098)).isEmpty();
        assertThat(read(() -> holidays.all())).contains(replaced);
        assertThat(read(other, () -> holidays.all())).contains(replaced);
    }

    private static PositionAssignment assignment(PersonId holder, UnitId unit, LocalDate from, Optional<LocalDate> until) {
        return new PositionAssignment(PositionAssignmentId.random(), Position.HANDLING_UNIT_HEAD, holder, Optional.of(unit), from, until);
    }

    private static DeadlineClock clock(String kind, String subject, Optional<UnitId> unit, LocalDate due) {
        return DeadlineClock.due(DeadlineId.random(), "BL-13", "第十三条", kind + "_ASSIGNED", new DeadlineSubject(kind, subject, "事项", unit),
                "答复", Optional.empty(), due.minusMonths(1), due, List.of(Period.ofDays(7)));
    }

    private static DeadlineClock withRule(DeadlineClock clock, String rule) {
        return new DeadlineClock(clock.id(), rule, clock.article(), clock.event(), clock.subject(), clock.what(), clock.responsible(),
                clock.escalateTo(), clock.eventOn(), clock.startedOn(), clock.dueOn(), clock.reminders(), clock.nextReminderOn(),
                clock.progressReportOn(), clock.progressRemindedOn(), clock.escalatedOn(), clock.state(), clock.metOn());
    }
}
