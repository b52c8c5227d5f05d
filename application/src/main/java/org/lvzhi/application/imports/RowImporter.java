package org.lvzhi.application.imports;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lvzhi.application.imports.port.out.ImportKind;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.ActingCaller;

/** What one kind of import knows: its columns, who may run it, and how to check and create one row. */
interface RowImporter {

    ImportKind kind();

    List<Column> columns();

    Set<AccessRole> allowedRoles();

    /** The sheet name of the template. */
    String title();

    /** Starts one import for the caller; runs inside the import's transaction. */
    Batch<?> open(ActingCaller caller);

    /** One import's work, with what it has looked up so far. */
    interface Batch<C> {

        /** The row's candidate, or empty after recording every error of the row. */
        Optional<C> validate(ImportRow row, RowErrors errors);

        /**
         * Records why a valid row that was not imported before would clash with what the congress already has
         * (checked after the fingerprints, so a re-imported row is skipped, not refused).
         */
        default void checkConflicts(C candidate, RowErrors errors) {
        }

        /** What makes two rows the same: duplicates within a file, and the fingerprint across files. */
        List<String> identity(C candidate);

        /** The headers of the columns the identity is made of, to name in a duplicate's error. */
        String identityColumns();

        /** Creates what the row describes; answers the id created. */
        String create(C candidate);

        /** Runs once after every row was created, in the same transaction. */
        default void finish() {
        }
    }
}
