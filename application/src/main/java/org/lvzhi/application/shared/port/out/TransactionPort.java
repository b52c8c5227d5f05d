package org.lvzhi.application.shared.port.out;

import java.util.function.Supplier;
import org.lvzhi.domain.congress.CongressId;

/**
 * Runs work in one transaction acting in one congress: every query inside sees only that congress's rows
 * (the database enforces it), and the context is gone when the work ends, however it ends.
 */
public interface TransactionPort {

    <T> T inCongress(CongressId congress, Supplier<T> work);

    <T> T readInCongress(CongressId congress, Supplier<T> work);
}
