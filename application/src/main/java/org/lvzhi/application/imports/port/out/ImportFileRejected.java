package org.lvzhi.application.imports.port.out;

import org.lvzhi.domain.shared.Messages;

/**
 * The file as a whole cannot be imported (not a spreadsheet we read, too large, unreadable): nothing in it
 * was looked at row by row. The message is Chinese and safe to show.
 */
public class ImportFileRejected extends RuntimeException {

    /** Why; the web adapter answers each with its own status. */
    public enum Reason {
        UNSUPPORTED_FORMAT,
        TOO_LARGE,
        TOO_MANY_ROWS,
        UNREADABLE,
        EMPTY,
        MISSING
    }

    private final Reason reason;

    public ImportFileRejected(Reason reason, Object... arguments) {
        super(Messages.of(ImportFileRejected.class).text("file." + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), arguments));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
