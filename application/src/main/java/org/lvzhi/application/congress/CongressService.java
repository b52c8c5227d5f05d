package org.lvzhi.application.congress;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.congress.event.CongressFounded;
import org.lvzhi.application.congress.port.in.CongressQueries;
import org.lvzhi.application.congress.port.in.FoundCongressCommand;
import org.lvzhi.application.congress.port.in.FoundCongressUseCase;
import org.lvzhi.application.congress.port.out.LoadCongressPort;
import org.lvzhi.application.congress.port.out.SaveCongressPort;
import org.lvzhi.application.event.Notification;
import org.lvzhi.application.event.NotificationPort;
import org.lvzhi.application.identity.port.out.IdentityProvisioningPort;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.AlreadyExists;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.congress.Congress;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.policy.PolicyProfile;
import org.lvzhi.domain.shared.Messages;

@Singleton
class CongressService implements FoundCongressUseCase, CongressQueries {

    private static final Messages MESSAGES = Messages.of(CongressService.class);

    private final LoadCongressPort loadCongress;
    private final SaveCongressPort saveCongress;

    private final IdentityProvisioningPort identities;
    private final TransactionPort transactions;
    private final NotificationPort notifications;

    CongressService(LoadCongressPort loadCongress, SaveCongressPort saveCongress, IdentityProvisioningPort identities,
                    TransactionPort transactions, NotificationPort notifications) {
        this.loadCongress = loadCongress;
        this.saveCongress = saveCongress;
        this.identities = identities;
        this.transactions = transactions;
        this.notifications = notifications;
    }

    @Override
    public Congress found(FoundCongressCommand command) {
        if (command.id().value().equals(PolicyProfile.BASELINE)) {
            throw MESSAGES.violation("id", "id.reserved", command.id());
        }
        if (loadCongress.find(command.id()).isPresent()) {
            throw new AlreadyExists(MESSAGES.text("id.taken", command.id()));
        }
        Optional<Congress> parent = command.parent().map(id -> loadCongress.find(id)
                .orElseThrow(() -> MESSAGES.violation("parentId", "parent.unknown", id)));
        Congress congress = Congress.found(command.id(), command.name(), command.level(), parent);
        saveCongress.add(congress);
        readyInOneStep(congress, command.firstAdmin());
        announceToParent(congress);
        return congress;
    }

    /** A new congress has no webhook endpoints yet: its founding is news to the congress above it, where there is one. */
    private void announceToParent(Congress congress) {
        congress.parent().ifPresent(parent -> transactions.inCongress(parent, () -> {
            notifications.send(Notification.of(parent, new CongressFounded(congress.id(), congress.name().value(), congress.level(),
                    congress.parent()), List.of()));
            return null;
        }));
    }

    /**
     * The identity side of a new congress: its account space at the identity provider and its first tenant admin,
     * invited by e-mail. The register lives on another connection than the congress's own rows and the provider is
     * outside any transaction, so a failure here is compensated: what the provider made is taken back, the congress
     * is removed again (the invitation's rows roll back with their transaction), and the failure, saying why,
     * reaches the caller; a retry starts afresh.
     */
    private void readyInOneStep(Congress congress, Optional<FoundCongressCommand.FirstAdmin> firstAdmin) {
        try {
            identities.open(congress.id(), congress.name());
            firstAdmin.ifPresent(admin -> transactions.inCongress(congress.id(), () -> {
                identities.grant(admin.login(), admin.name(), Optional.of(admin.email()), congress.id(), AccessRole.TENANT_ADMIN);
                return null;
            }));
        } catch (RuntimeException failure) {
            try {
                identities.close(congress.id());
            } catch (RuntimeException alsoFailed) {
                // the provider may be down; a retry's open() finds what was left
                failure.addSuppressed(alsoFailed);
            }
            saveCongress.remove(congress.id());
            throw failure;
        }
    }

    @Override
    public Page<Congress> all(PageRequest page) {
        return loadCongress.list(page);
    }

    @Override
    public Congress show(CongressId id) {
        return loadCongress.find(id).orElseThrow(() -> new NotFound("congress", id));
    }
}
