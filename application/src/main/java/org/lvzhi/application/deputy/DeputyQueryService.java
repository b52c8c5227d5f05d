package org.lvzhi.application.deputy;

import jakarta.inject.Singleton;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.lvzhi.application.deputy.port.in.DeputyQueries;
import org.lvzhi.application.deputy.port.out.DeputySearch;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.StatusChange;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.shared.Messages;

@Singleton
class DeputyQueryService implements DeputyQueries {

    /** Roles that read every deputy of the congress they act in (external systems included). */
    private static final Set<AccessRole> REGISTER_READERS = EnumSet.of(
            AccessRole.PLATFORM_ADMIN, AccessRole.TENANT_ADMIN, AccessRole.LIAISON_OFFICER,
            AccessRole.DELEGATION_HEAD, AccessRole.GROUP_LEADER, AccessRole.INTEGRATION);

    private final TransactionPort transactions;
    private final LoadDeputyPort loadDeputy;

    DeputyQueryService(TransactionPort transactions, LoadDeputyPort loadDeputy) {
        this.transactions = transactions;
        this.loadDeputy = loadDeputy;
    }

    @Override
    public DeputyView find(ActingCaller caller, DeputyId id) {
        return transactions.readInCongress(caller.congress(), () -> loadDeputy.find(id)
                .filter(found -> readsRegister(caller) || isOwnSeat(caller, found))
                .orElseThrow(() -> new NotFound("deputy", id)));
    }

    @Override
    public DeputyView own(ActingCaller caller) {
        return transactions.readInCongress(caller.congress(), () -> loadDeputy.findByLogin(new Login(caller.subject()))
                .orElseThrow(() -> new NotFound("deputy", caller.subject())));
    }

    @Override
    public Page<DeputyView> search(ActingCaller caller, DeputySearch search, PageRequest page) {
        if (!readsRegister(caller)) {
            throw new AccessDenied(Messages.of(DeputyQueryService.class).text("register.denied"));
        }
        return transactions.readInCongress(caller.congress(), () -> loadDeputy.search(search, page));
    }

    @Override
    public List<StatusChange> statusChanges(ActingCaller caller, DeputyId id) {
        DeputyView deputy = find(caller, id);
        return transactions.readInCongress(caller.congress(), () -> loadDeputy.statusChanges(deputy.deputy().id()));
    }

    private static boolean readsRegister(ActingCaller caller) {
        return REGISTER_READERS.stream().anyMatch(caller::has);
    }

    private static boolean isOwnSeat(ActingCaller caller, DeputyView deputy) {
        return deputy.person().login().map(login -> login.value().equals(caller.subject())).orElse(false);
    }
}
