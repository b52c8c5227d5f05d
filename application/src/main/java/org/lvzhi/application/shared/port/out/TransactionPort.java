package org.lvzhi.application.shared.port.out;

import java.util.UUID;
import java.util.function.Supplier;
import org.lvzhi.domain.congress.CongressId;

/**
 * Runs work in one transaction acting in one congress: every query inside sees only that congress's rows
 * (the database enforces it), and the context is gone when the work ends, however it ends. Accounts are read before
 * any congress is known (a sign-in, a one-time link, the check of a token): their use cases run in one transaction
 * acting in none ({@link #forAccounts}), which may name the account it is about ({@link #asAccount}).
 */
public interface TransactionPort {

    <T> T inCongress(CongressId congress, Supplier<T> work);

    <T> T readInCongress(CongressId congress, Supplier<T> work);

    /** One transaction (joined when one is open) acting in no congress: only the platform-wide tables are seen. */
    <T> T forAccounts(Supplier<T> work);

    /**
     * Names the account in the transaction (joined when one is open), for as long as it lasts: row-level security then
     * lets it read that account's grants in every congress, and nothing more of any congress.
     */
    <T> T asAccount(UUID account, Supplier<T> work);
}
