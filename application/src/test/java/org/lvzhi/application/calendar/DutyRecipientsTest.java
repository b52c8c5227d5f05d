package org.lvzhi.application.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.application.testing.TestData.QINGHAI;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.testing.InMemoryPlatform;
import org.lvzhi.application.testing.SeatBuilder;
import org.lvzhi.application.testing.TestData;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.deputy.ContactDetails;
import org.lvzhi.domain.deputy.Deputy;
import org.lvzhi.domain.deputy.Person;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.policy.CalendarDuty;

class DutyRecipientsTest {

    private final InMemoryPlatform platform = InMemoryPlatform.create();
    private final DutyRecipients recipients = new DutyRecipients(platform.deputies(), platform.positions(), platform.records());
    private final Term term = platform.terms().seed(QINGHAI, TestData.term(14, 2023));

    @Test
    @DisplayName("JD-26 “确保每名代表任期内至少一次向原选区选民报告履职情况”: a deputy whose voter report of the term is on record is no longer owed it; the others are")
    void reportedDeputiesAreNotChased() {
        Deputy reported = seat("王芳", "wang.fang");
        Deputy owing = seat("李强", "li.qiang");
        platform.transactions().inCongress(QINGHAI, () -> {
            platform.records().add(DutyRecord.registered(reported.id(), "VOTER_REPORT", LocalDate.of(2025, 3, 1), Optional.empty(),
                    Optional.empty(), Optional.empty(), "group.leader"));
            return null;
        });
        CalendarDuty voterReport = new CalendarDuty("VOTER_REPORT", "TERM", Optional.empty(), Optional.of(1), "EACH_DEPUTY",
                Optional.empty(), Optional.of("GROUP_LEADER"), List.of());

        List<DeputyView> owed = platform.transactions().readInCongress(QINGHAI,
                () -> recipients.deputies(voterReport, Optional.of(term), term.endsOn()));

        assertThat(owed).extracting(view -> view.deputy().id()).containsExactly(owing.id());
    }

    private Deputy seat(String name, String login) {
        Person person = platform.persons().seed(QINGHAI, TestData.person(name, login));
        return platform.deputies().seed(QINGHAI, Deputy.elect(person.id(), term.id(), SeatBuilder.aSeat().build(), ContactDetails.NONE));
    }
}
