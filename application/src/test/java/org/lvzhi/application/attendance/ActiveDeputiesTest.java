package org.lvzhi.application.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.application.testing.TestData.QINGHAI;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.testing.InMemoryPlatform;
import org.lvzhi.application.testing.SeatBuilder;
import org.lvzhi.application.testing.TestData;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.deputy.ContactDetails;
import org.lvzhi.domain.deputy.Deputy;
import org.lvzhi.domain.deputy.DeputyStatus;

class ActiveDeputiesTest {

    private final InMemoryPlatform platform = InMemoryPlatform.create();
    private final Term term = platform.terms().seed(QINGHAI, TestData.term(14, 2023));

    @Test
    void everyActiveDeputyOfTheTermAcrossBatchesInTheRegistersOrder() {
        List<Deputy> seated = IntStream.range(0, 2_345).mapToObj(i -> seat("代表%04d".formatted(2_345 - i))).toList();
        Deputy resigned = seat("代表0000");
        platform.transactions().inCongress(QINGHAI, () -> {
            platform.deputies().update(resigned.moveTo(DeputyStatus.RESIGNED));
            return null;
        });

        List<DeputyView> active = platform.transactions().readInCongress(QINGHAI, () -> new ActiveDeputies(platform.deputies()).of(term.id()));

        assertThat(active).hasSize(seated.size()).extracting(view -> view.person().name().value())
                .startsWith("代表0001", "代表0002").endsWith("代表2345").isSorted();
    }

    private Deputy seat(String name) {
        var person = platform.persons().seed(QINGHAI, TestData.person(name));
        return platform.deputies().seed(QINGHAI, Deputy.elect(person.id(), term.id(), SeatBuilder.aSeat().build(), ContactDetails.NONE));
    }
}
