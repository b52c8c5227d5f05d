package org.lvzhi.adapter.persistence.shared;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Where the database is and the three roles of DESIGN.md §2: the owner owns the schema and runs the
 * migrations; the app role serves requests under row-level security; the platform role (BYPASSRLS) is used
 * by the platform component only.
 */
@ConfigurationProperties("lvzhi.database")
public record DatabaseSettings(
        String url,
        String ownerUsername,
        String ownerPassword,
        String appUsername,
        String appPassword,
        String platformUsername,
        String platformPassword) {
}
