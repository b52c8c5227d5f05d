package org.lvzhi.adapter.persistence.matter;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.persistence.testing.TenantIT;
import org.lvzhi.application.matter.port.out.MatterPort;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.congress.UnitKind;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.matter.Matter;
import org.lvzhi.domain.matter.MatterAction;
import org.lvzhi.domain.matter.MatterId;
import org.lvzhi.domain.matter.MatterKind;
import org.lvzhi.domain.matter.MatterState;
import org.lvzhi.domain.matter.MatterStep;

class MatterAdapterIT extends TenantIT {

    private static final LocalDate DAY = LocalDate.of(2025, 9, 1);
    private static final Instant AT = Instant.parse("2025-09-01T03:04:05.000006Z");

    @Inject MatterPort matters;

    @Test
    @DisplayName("a matter keeps its deputies in order, unit, due day and steps; an update changes it and appends the new steps only")
    void roundTripAndUpdate() {
        DeputyId first = deputy("约见人甲");
        DeputyId second = deputy("约见人乙");
        UnitId unit = in(() -> addUnit(UnitKind.HANDLING_UNIT, "县教育局"));
        UnitId next = in(() -> addUnit(UnitKind.HANDLING_UNIT, "县人社局"));
        Matter recorded = new Matter(MatterId.random(), MatterKind.APPOINTMENT, List.of(second, first), Optional.of(unit),
                "约见县教育局负责人", "了解农村学校撤并情况；“双减”落实。", MatterState.REQUESTED, 1, Optional.of(DAY.plusDays(10)),
                List.of(new MatterAction(MatterStep.RECORDED, DAY, "staff-1", AT, Optional.of("代表联名提出"), Optional.of(unit))));
        run(() -> matters.add(recorded));
        List<MatterAction> actions = new ArrayList<>(recorded.actions());
        actions.add(new MatterAction(MatterStep.HELD, DAY.plusDays(3), "staff-2", AT.plusSeconds(3 * 86_400), Optional.empty(),
                Optional.empty()));
        Matter held = new Matter(recorded.id(), recorded.kind(), recorded.deputies(), Optional.of(next), "约见（已举行）", recorded.content(),
                MatterState.HELD, 2, Optional.empty(), actions);

        Matter stored = read(() -> matters.find(recorded.id())).orElseThrow();
        run(() -> matters.update(held));

        assertThat(stored).isEqualTo(recorded);
        assertThat(read(() -> matters.find(recorded.id()))).contains(held);
        assertThat(in(() -> matters.lock(recorded.id()))).contains(held);
        assertThat(read(other, () -> matters.find(recorded.id()))).isEmpty();
    }

    @Test
    @DisplayName("matters are listed latest first, of one deputy and one kind when asked, a keyset page at a time, counted on request")
    void listFiltersAndPages() {
        CongressId own = addCongress();
        TermId ownTerm = in(own, () -> addTerm(2021));
        DeputyId deputy = in(own, () -> addDeputy(ownTerm, "来信代表"));
        DeputyId another = in(own, () -> addDeputy(ownTerm, "调研代表"));
        Matter letter = matter(MatterKind.LETTER, List.of(deputy), "来信", 0);
        Matter research = matter(MatterKind.RESEARCH_REPORT, List.of(another, deputy), "调研", 1);
        Matter change = matter(MatterKind.DETAILS_CHANGE, List.of(another), "变更", 2);
        run(own, () -> List.of(research, change, letter).forEach(matters::add));

        Slice<Matter> first = read(own, () -> matters.list(Optional.empty(), Optional.empty(), new KeysetRequest(Optional.empty(), 2, true)));
        Slice<Matter> second = read(own, () -> matters.list(Optional.empty(), Optional.empty(), new KeysetRequest(first.next(), 2)));
        Slice<Matter> ofDeputy = read(own, () -> matters.list(Optional.of(deputy), Optional.empty(), new KeysetRequest(Optional.empty(), 20, true)));
        Slice<Matter> letters = read(own, () -> matters.list(Optional.of(deputy), Optional.of(MatterKind.LETTER), new KeysetRequest(Optional.empty(), 20)));

        assertThat(first.items()).extracting(Matter::title).containsExactly("变更", "调研");
        assertThat(second.items()).extracting(Matter::title).containsExactly("来信");
        assertThat(second.next()).isEmpty();
        assertThat(first.total()).contains(3L);
        assertThat(second.total()).isEmpty();
        assertThat(ofDeputy.items()).extracting(Matter::title).containsExactly("调研", "来信");
        assertThat(ofDeputy.total()).contains(2L);
        assertThat(letters.items()).containsExactly(letter);
        assertThat(read(() -> matters.list(Optional.empty(), Optional.empty(), new KeysetRequest(Optional.empty(), 20))).items())
                .doesNotContain(letter, research, change);
    }

    private static Matter matter(MatterKind kind, List<DeputyId> deputies, String title, int minute) {
        return Matter.record(kind, deputies, Optional.empty(), title, title + "的内容", DAY,
                new MatterAction.Acting("staff", AT.plusSeconds(60L * minute)));
    }
}
