package org.lvzhi.application.imports.port.in;

import org.lvzhi.application.imports.port.out.ImportKind;
import org.lvzhi.application.shared.ActingCaller;

/** Liaison offices bring their spreadsheets of deputies and duty records onto the platform. */
public interface ImportUseCases {

    /**
     * Validates every row and imports in one transaction in the acting congress: all rows or none, unless the
     * command accepts the valid rows. Rows imported before (by any file) are skipped.
     */
    ImportReport importFile(ActingCaller caller, ImportCommand command);

    /** An empty workbook (XLSX) with the kind's column headers, to fill in. */
    byte[] template(ActingCaller caller, ImportKind kind);
}
