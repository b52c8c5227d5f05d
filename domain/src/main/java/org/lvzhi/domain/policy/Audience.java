package org.lvzhi.domain.policy;

import java.util.List;
import java.util.Optional;
import org.lvzhi.domain.deputy.Constituency;

/** Which deputies a rule applies to (grassroots deputies only for HN-2, standing committee members…). */
public record Audience(
        Optional<Boolean> grassroots, Optional<Boolean> military, Optional<Constituency> constituency, List<String> positions) {

    public Audience {
        grassroots = Absent.orEmpty(grassroots);
        military = Absent.orEmpty(military);
        constituency = Absent.orEmpty(constituency);
        positions = Absent.orEmpty(positions);
    }
}
