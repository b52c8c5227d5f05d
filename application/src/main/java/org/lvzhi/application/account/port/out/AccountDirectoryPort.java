package org.lvzhi.application.account.port.out;

import java.util.Optional;
import org.lvzhi.application.account.port.out.AccountListing;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.Login;

/**
 * The accounts of a congress where its identity provider keeps them: the local identity's grants, or Keycloak's
 * organization members with their realm roles. Asked inside the congress's transaction.
 */
public interface AccountDirectoryPort {

    /** The congress's accounts, those whose access there is disabled included, in an order that stays put. */
    Page<AccountListing> list(CongressId congress, PageRequest page);

    Optional<AccountListing> find(Login login, CongressId congress);

    /**
     * Takes the account's access to the congress away, or gives it back; its other congresses keep theirs. False when
     * the login has never had access to the congress.
     */
    boolean setEnabled(Login login, CongressId congress, boolean enabled);
}
