package org.lvzhi.domain.deputy;

import java.util.Optional;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.shared.Checks;

/**
 * What a deputy's seat is made of besides the person: who elected them, where they sit during the session
 * and in recess, the liaison station they receive the public at (进站), and the attributes some rules depend
 * on (grassroots deputies, PLA deputies).
 */
public record Seat(
        Constituency constituency,
        Optional<String> constituencyName,
        Optional<UnitId> delegation,
        Optional<UnitId> deputyGroup,
        Optional<UnitId> liaisonStation,
        boolean grassroots,
        boolean military) {

    private static final int MAX_CONSTITUENCY_NAME_LENGTH = 50;

    public Seat {
        Checks.required("constituency", constituency);
        constituencyName = Checks.required("constituencyName", constituencyName)
                .map(n -> Checks.text("constituencyName", n, MAX_CONSTITUENCY_NAME_LENGTH));
        Checks.required("delegationId", delegation);
        Checks.required("deputyGroupId", deputyGroup);
        Checks.required("liaisonStationId", liaisonStation);
    }
}
