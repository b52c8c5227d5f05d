package org.lvzhi.bootstrap;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.Set;
import org.lvzhi.application.policy.port.in.EditPolicyProfileUseCase;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Principal;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.policy.PolicyProfile;
import org.lvzhi.tenants.SeedProfiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves the shipped profiles as version 1 where an owner has none yet, through the same use case a tenant
 * admin uses (so they are validated the same way): the statutory baseline always, the seed congresses'
 * profiles when seeding is on. An owner that already has a version is left alone.
 */
@Singleton
class SeedPolicyProfiles {

    private static final Logger LOG = LoggerFactory.getLogger(SeedPolicyProfiles.class);
    private static final String SEEDER = "lvzhi-seed";

    private final EditPolicyProfileUseCase editing;
    private final PolicyProfileQueries queries;
    private final boolean seedCongresses;

    SeedPolicyProfiles(EditPolicyProfileUseCase editing, PolicyProfileQueries queries,
                       @Value("${lvzhi.seed.enabled:false}") boolean seedCongresses) {
        this.editing = editing;
        this.queries = queries;
        this.seedCongresses = seedCongresses;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        SeedProfiles.OWNERS.stream()
                .filter(owner -> seedCongresses || owner.equals(PolicyProfile.BASELINE))
                .forEach(this::seed);
    }

    private void seed(String owner) {
        CongressId id = new CongressId(owner);
        ActingCaller seeder = new ActingCaller(new Principal(SEEDER, Set.of(id), Set.of(AccessRole.PLATFORM_ADMIN)), id);
        if (queries.versions(seeder).isEmpty()) {
            editing.save(seeder, SeedProfiles.document(owner), Optional.empty());
            LOG.info("Seeded the policy profile of {}", owner);
        }
    }
}
