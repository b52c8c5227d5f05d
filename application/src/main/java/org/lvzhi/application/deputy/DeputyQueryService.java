package org.lvzhi.application.deputy;

import jakarta.inject.Singleton;
import java.util.List;
import org.lvzhi.application.deputy.port.in.DeputyAccess;
import org.lvzhi.application.deputy.port.in.DeputyQueries;
import org.lvzhi.application.deputy.port.out.DeputySearch;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.deputy.StatusChange;
import org.lvzhi.domain.shared.Messages;

@Singleton
class DeputyQueryService implements DeputyQueries {

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
    public Slice<DeputyView> search(ActingCaller caller, DeputySearch search, KeysetRequest page) {
        if (!readsRegister(caller)) {
            throw new AccessDenied(Messages.of(DeputyQueryService.class).text("register.denied"));
        }
        return transactions.readInCongress(caller.congress(), () -> loadDeputy.list(search, page));
    }

    @Override
    public List<StatusChange> statusChanges(ActingCaller caller, DeputyId id) {
        DeputyView deputy = find(caller, id);
        return transactions.readInCongress(caller.congress(), () -> loadDeputy.statusChanges(deputy.deputy().id()));
    }

    private static boolean readsRegister(ActingCaller caller) {
        return DeputyAccess.GRANTS.allows(caller, DeputyAccess.READ_REGISTER);
    }

    private static boolean isOwnSeat(ActingCaller caller, DeputyView deputy) {
        return deputy.person().login().map(login -> login.value().equals(caller.subject())).orElse(false);
    }
}
