package org.lvzhi.adapter.persistence.shared;

import io.micronaut.context.annotation.Context;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings the schema up to date at start-up, as the owner role, before anything reads the database. The
 * changelogs grant to the app and platform roles, whose names come in as changelog parameters.
 */
@Context
public class SchemaMigration {

    static final String CHANGELOG = "db/changelog/lvzhi-changelog.xml";

    public SchemaMigration(DatabaseSettings settings) {
        migrate(settings);
    }

    public static void migrate(DatabaseSettings settings) {
        try (Connection connection = DriverManager.getConnection(
                settings.url(), settings.ownerUsername(), settings.ownerPassword())) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            try (Liquibase liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(), database)) {
                liquibase.setChangeLogParameter("app_role", settings.appUsername());
                liquibase.setChangeLogParameter("platform_role", settings.platformUsername());
                liquibase.update(new Contexts(), new LabelExpression());
            }
        } catch (SQLException | LiquibaseException e) {
            throw new IllegalStateException("database migration failed: " + e.getMessage(), e);
        }
    }
}
