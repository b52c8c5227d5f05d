package org.lvzhi.application.imports.port.out;

/** What a spreadsheet imports: deputies into the register, or duty records into their archives. */
public enum ImportKind {
    DEPUTIES,
    DUTY_RECORDS
}
