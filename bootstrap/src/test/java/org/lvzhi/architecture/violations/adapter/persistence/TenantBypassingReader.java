package org.lvzhi.architecture.violations.adapter.persistence;

import jakarta.inject.Named;
import javax.sql.DataSource;

/** Deliberately breaks the platform rule: reads past row-level security without saying so in its name. */
public class TenantBypassingReader {

    private final DataSource platform;

    public TenantBypassingReader(@Named("platform") DataSource platform) {
        this.platform = platform;
    }

    public DataSource source() {
        return platform;
    }
}
