package org.lvzhi.adapter.persistence.congress;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.persistence.testing.TenantIT;
import org.lvzhi.application.congress.port.out.LoadCongressPort;
import org.lvzhi.application.congress.port.out.LoadTermsPort;
import org.lvzhi.application.congress.port.out.LoadUnitPort;
import org.lvzhi.application.identity.port.out.KnownCongressesPort;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.Congress;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.Level;
import org.lvzhi.domain.congress.OrganisationUnit;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.congress.UnitKind;
import org.lvzhi.domain.shared.Name;

class CongressAdaptersIT extends TenantIT {

    @Inject LoadCongressPort load;
    @Inject KnownCongressesPort known;
    @Inject LoadTermsPort loadTerms;
    @Inject LoadUnitPort loadUnits;

    @Test
    @DisplayName("a congress is registered with its parent, known to the platform, listed by id, and removed")
    void register() {
        CongressId parent = new CongressId("a-city-" + suffix());
        CongressId child = new CongressId("a-county-" + suffix());
        Congress city = new Congress(parent, new Name("某某市人民代表大会"), Level.CITY, Optional.empty());
        Congress county = new Congress(child, new Name("某某县人民代表大会"), Level.COUNTY, Optional.of(parent));
        congresses.add(city);
        congresses.add(county);

        Page<Congress> listed = load.list(new PageRequest(0, 200));

        assertThat(load.find(child)).contains(county);
        assertThat(load.find(parent)).contains(city);
        assertThat(known.exists(child)).isTrue();
        assertThat(listed.items()).contains(city, county);
        assertThat(listed.total()).isGreaterThanOrEqualTo(listed.items().size());
        congresses.remove(child);
        assertThat(known.exists(child)).isFalse();
        assertThat(load.find(child)).isEmpty();
    }

    @Test
    @DisplayName("a congress's terms are its own, in order, each found by id")
    void terms() {
        TermId later = in(() -> addTerm(2026));

        assertThat(read(() -> loadTerms.calendar().terms())).extracting(Term::id).containsExactly(term, later);
        assertThat(read(() -> loadTerms.find(later))).map(Term::startsOn).contains(LocalDate.of(2026, 1, 1));
        assertThat(read(other, () -> loadTerms.find(later))).isEmpty();
        assertThat(read(other, () -> loadTerms.calendar().terms())).extracting(Term::id).containsExactly(otherTerm);
    }

    @Test
    @DisplayName("units keep kind, name and address; an update changes them; they are listed by kind, a page at a time")
    void units() {
        UnitId station = in(() -> addUnit(UnitKind.LIAISON_STATION, "城南代表联络站"));
        UnitId group = in(() -> addUnit(UnitKind.DEPUTY_GROUP, "城南代表小组"));
        OrganisationUnit moved = new OrganisationUnit(station, UnitKind.LIAISON_STATION, new Name("城南代表之家"), Optional.of("城南街道12号"));
        run(() -> units.update(moved));
        in(() -> addUnit(UnitKind.LIAISON_STATION, "城北代表联络站"));

        Page<OrganisationUnit> stations = read(() -> loadUnits.list(UnitKind.LIAISON_STATION, new PageRequest(0, 1)));

        assertThat(read(() -> loadUnits.find(station))).contains(moved);
        assertThat(read(() -> loadUnits.find(group))).map(OrganisationUnit::kind).contains(UnitKind.DEPUTY_GROUP);
        assertThat(stations.items()).hasSize(1).allSatisfy(unit -> assertThat(unit.kind()).isEqualTo(UnitKind.LIAISON_STATION));
        assertThat(stations.total()).isEqualTo(2);
        assertThat(read(other, () -> loadUnits.find(station))).isEmpty();
    }
}
