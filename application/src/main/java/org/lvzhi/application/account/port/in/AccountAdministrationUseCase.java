package org.lvzhi.application.account.port.in;

import org.lvzhi.application.account.port.out.AccountListing;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.deputy.Login;

/** A tenant admin's accounts of their congress: invite, list, disable and enable again. */
public interface AccountAdministrationUseCase {

    AccountListing invite(ActingCaller caller, InviteAccountCommand command);

    Page<AccountListing> list(ActingCaller caller, PageRequest page);

    /** The account keeps its other congresses; here it is refused at once, its current tokens included. */
    void disable(ActingCaller caller, Login login);

    void enable(ActingCaller caller, Login login);
}
