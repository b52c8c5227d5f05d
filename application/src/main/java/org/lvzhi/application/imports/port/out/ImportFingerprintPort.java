package org.lvzhi.application.imports.port.out;

import java.util.Collection;
import java.util.Set;

/** The acting congress's fingerprints of rows imported before, so that importing a row again creates nothing. */
public interface ImportFingerprintPort {

    /** Those of the fingerprints already imported for the kind. */
    Set<String> imported(ImportKind kind, Collection<String> fingerprints);

    /**
     * Remembers the row's fingerprint and what it created; false when it is already there (another import of
     * the same row committed first).
     */
    boolean remember(ImportKind kind, String fingerprint, String createdId, String importedBy);
}
