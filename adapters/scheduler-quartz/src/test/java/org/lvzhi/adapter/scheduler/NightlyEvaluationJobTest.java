package org.lvzhi.adapter.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.congress.port.in.CongressQueries;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.Congress;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.Level;
import org.lvzhi.domain.shared.Name;

class NightlyEvaluationJobTest {

    private final List<Congress> platform = List.of(congress("qinghai"), congress("hunan"), congress("gansu"));
    private final List<CongressId> evaluated = new ArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    @DisplayName("every congress is evaluated, one failing does not stop the others, and each run is timed")
    void evaluatesEveryCongressAndTimesEach() {
        CongressQueries congresses = new CongressQueries() {
            @Override
            public Page<Congress> all(PageRequest page) {
                return Page.of(platform, page, platform.size());
            }

            @Override
            public Congress show(CongressId id) {
                throw new UnsupportedOperationException();
            }
        };
        NightlyEvaluationJob job = new NightlyEvaluationJob(congresses, (congress, on) -> {
            evaluated.add(congress);
            if (congress.value().equals("hunan")) {
                throw new IllegalStateException("hunan's profile is broken");
            }
            return 1;
        }, Clock.fixed(Instant.parse("2026-12-02T18:30:00Z"), ZoneOffset.UTC), meters);

        job.evaluateAll();

        assertThat(evaluated).extracting(CongressId::value).containsExactly("qinghai", "hunan", "gansu");
        assertThat(meters.get("lvzhi.evaluation.duration").timer().count()).isEqualTo(3);
    }

    private static Congress congress(String id) {
        return new Congress(new CongressId(id), new Name(id), Level.PROVINCE, Optional.empty());
    }
}
