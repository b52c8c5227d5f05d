package org.lvzhi.application.imports.port.in;

import static org.lvzhi.application.shared.AccessRole.INTEGRATION;
import static org.lvzhi.application.shared.AccessRole.LIAISON_OFFICER;
import static org.lvzhi.application.shared.AccessRole.TENANT_ADMIN;

import org.lvzhi.application.shared.Grants;

/** Who may import spreadsheets. */
public final class ImportAccess {

    /** Import deputies and download their template. */
    public static final String IMPORT_DEPUTIES = "imports.deputies";
    /** Import duty records and download their template. */
    public static final String IMPORT_DUTY_RECORDS = "imports.duty-records";

    public static final Grants GRANTS = Grants.of()
            .allow(IMPORT_DEPUTIES, TENANT_ADMIN, LIAISON_OFFICER)
            .allow(IMPORT_DUTY_RECORDS, TENANT_ADMIN, LIAISON_OFFICER, INTEGRATION)
            .build();

    private ImportAccess() {
    }
}
