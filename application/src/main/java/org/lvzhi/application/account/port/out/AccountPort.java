package org.lvzhi.application.account.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.account.EmailAddress;
import org.lvzhi.domain.account.SignInRecord;
import org.lvzhi.domain.deputy.Login;

/**
 * The local identity's accounts (platform-wide) and their grants (per congress), read and written in the use case's
 * transaction ({@code TransactionPort}).
 */
public interface AccountPort {

    Optional<Account> find(Login login);

    Optional<Account> find(UUID account);

    void add(Account account);

    /** Replaces the sign-in record if it is still {@code before} (a concurrent attempt may have changed it). */
    boolean recordSignIn(UUID account, SignInRecord before, SignInRecord after);

    void setPassword(UUID account, String passwordHash);

    void setEmail(UUID account, EmailAddress email);

    /**
     * The account's grants in every congress, read before any congress is known (sign-in, token checks): in a
     * transaction that names the account ({@code TransactionPort.asAccount}).
     */
    List<Grant> grants(UUID account);

    /** The account with this login while the session (its refresh family) is not revoked; empty when it is. */
    Optional<UUID> holderOf(Login login, UUID session);

    /** Grants the role in the acting congress (enabled again if it was disabled). */
    void grant(UUID account, AccessRole role);

    /** Enables or disables every grant of the account in the acting congress; false when it has none there. */
    boolean setEnabled(Login login, boolean enabled);

    /** The acting congress's accounts, by login. */
    Page<AccountListing> list(PageRequest page);

    /** The account with this login as the acting congress sees it; empty when it has no grant there. */
    Optional<AccountListing> listing(Login login);
}
