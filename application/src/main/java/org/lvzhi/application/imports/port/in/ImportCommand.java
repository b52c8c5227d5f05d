package org.lvzhi.application.imports.port.in;

import java.util.Objects;
import org.lvzhi.application.imports.port.out.ImportFileRejected;
import org.lvzhi.application.imports.port.out.ImportKind;
import org.lvzhi.application.imports.port.out.SpreadsheetFormat;

/**
 * A spreadsheet to import. {@code acceptValidRows}: import the good rows of a file that has bad ones (the
 * report still lists the bad ones); otherwise a file with any error imports nothing. {@code dryRun}: validate
 * and report, import nothing.
 */
public record ImportCommand(ImportKind kind, SpreadsheetFormat format, byte[] content, boolean acceptValidRows, boolean dryRun) {

    /** The largest file accepted: 10 MB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** The most data rows a file may have. */
    public static final int MAX_ROWS = 50_000;

    public ImportCommand {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
        if (content.length == 0) {
            throw new ImportFileRejected(ImportFileRejected.Reason.EMPTY);
        }
        if (content.length > MAX_BYTES) {
            throw new ImportFileRejected(ImportFileRejected.Reason.TOO_LARGE, MAX_BYTES / (1024 * 1024));
        }
    }
}
