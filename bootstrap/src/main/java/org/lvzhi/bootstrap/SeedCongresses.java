package org.lvzhi.bootstrap;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lvzhi.application.congress.port.in.CongressQueries;
import org.lvzhi.application.congress.port.in.FoundCongressCommand;
import org.lvzhi.application.congress.port.in.FoundCongressUseCase;
import org.lvzhi.application.congress.port.in.OpenTermCommand;
import org.lvzhi.application.congress.port.in.TermUseCases;
import org.lvzhi.application.congress.port.in.UnitCommand;
import org.lvzhi.application.congress.port.in.UnitUseCases;
import org.lvzhi.application.deputy.port.in.AssignPositionCommand;
import org.lvzhi.application.deputy.port.in.ContactForm;
import org.lvzhi.application.deputy.port.in.DeputyForm;
import org.lvzhi.application.deputy.port.in.DeputyRegisterUseCase;
import org.lvzhi.application.deputy.port.in.PositionUseCases;
import org.lvzhi.application.deputy.port.in.RegisterDeputyCommand;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.UnitKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.Yaml;

/**
 * Puts the seed congresses of {@code tenants/seed-congresses.yml} on the platform at start-up, through the
 * same use cases the API calls. A congress already on the platform is left alone, so a restart changes
 * nothing.
 */
@Singleton
@Requires(property = "lvzhi.seed.enabled", value = "true")
class SeedCongresses {

    private static final Logger LOG = LoggerFactory.getLogger(SeedCongresses.class);
    private static final String SEED_FILE = "tenants/seed-congresses.yml";

    private final FoundCongressUseCase foundCongress;
    private final CongressQueries congresses;
    private final TermUseCases terms;
    private final UnitUseCases units;
    private final DeputyRegisterUseCase deputies;
    private final PositionUseCases positions;

    SeedCongresses(FoundCongressUseCase foundCongress, CongressQueries congresses, TermUseCases terms,
                   UnitUseCases units, DeputyRegisterUseCase deputies, PositionUseCases positions) {
        this.foundCongress = foundCongress;
        this.congresses = congresses;
        this.terms = terms;
        this.units = units;
        this.deputies = deputies;
        this.positions = positions;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        for (Map<String, Object> congress : seeds()) {
            CongressId id = new CongressId((String) congress.get("id"));
            if (!exists(id)) {
                seed(id, congress);
                LOG.info("Seeded congress {}", id);
            }
        }
    }

    private boolean exists(CongressId id) {
        try {
            congresses.show(id);
            return true;
        } catch (NotFound absent) {
            return false;
        }
    }

    private void seed(CongressId id, Map<String, Object> congress) {
        foundCongress.found(FoundCongressCommand.of(
                id.value(), (String) congress.get("name"), (String) congress.get("level"), (String) congress.get("parentId")));
        Map<String, Object> term = map(congress.get("term"));
        String termId = terms.open(id, OpenTermCommand.of(
                (Integer) term.get("number"), date(term.get("startsOn")), date(term.get("endsOn")))).id().toString();
        Map<String, String> unitIds = new HashMap<>();
        unitIds.putAll(createUnits(id, UnitKind.DELEGATION, congress.get("delegations")));
        unitIds.putAll(createUnits(id, UnitKind.DEPUTY_GROUP, congress.get("deputyGroups")));
        unitIds.putAll(createUnits(id, UnitKind.LIAISON_STATION, congress.get("liaisonStations")));
        unitIds.putAll(createUnits(id, UnitKind.HANDLING_UNIT, congress.get("handlingUnits")));
        for (Object entry : list(congress.get("positions"))) {
            Map<String, Object> position = map(entry);
            positions.assign(id, AssignPositionCommand.of((String) position.get("position"), null, (String) position.get("name"),
                    (String) position.get("login"), unitIds.get(position.get("unit")), date(term.get("startsOn")), null));
        }
        for (Object entry : list(congress.get("deputies"))) {
            Map<String, Object> deputy = map(entry);
            deputies.register(id, RegisterDeputyCommand.from(new DeputyForm(
                    (String) deputy.get("name"), (String) deputy.get("login"), termId,
                    (String) deputy.get("constituency"), (String) deputy.get("constituencyName"),
                    unitIds.get(deputy.get("delegation")), unitIds.get(deputy.get("deputyGroup")),
                    unitIds.get(deputy.get("liaisonStation")),
                    (Boolean) deputy.get("grassroots"), (Boolean) deputy.get("military"),
                    new ContactForm(null, null, null))));
        }
    }

    private Map<String, String> createUnits(CongressId congress, UnitKind kind, Object names) {
        Map<String, String> ids = new HashMap<>();
        for (Object name : list(names)) {
            ids.put((String) name, units.create(congress, kind, UnitCommand.of((String) name, null)).id().toString());
        }
        return ids;
    }

    private static List<Map<String, Object>> seeds() {
        try (InputStream in = SeedCongresses.class.getClassLoader().getResourceAsStream(SEED_FILE)) {
            if (in == null) {
                throw new IllegalStateException(SEED_FILE + " is not on the class path");
            }
            Map<String, Object> document = new Yaml().load(in);
            return list(document.get("congresses")).stream().map(SeedCongresses::map).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate date(Object value) {
        return value instanceof java.util.Date d
                ? d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate()
                : LocalDate.parse(String.valueOf(value));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }
}
