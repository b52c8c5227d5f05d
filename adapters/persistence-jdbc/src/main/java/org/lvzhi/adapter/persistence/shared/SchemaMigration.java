package org.lvzhi.adapter.persistence.shared;

import io.micronaut.context.annotation.Context;
import java.sql.Connection;
import java.sql.DriverManager;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Brings the schema up to date at start-up, as the owner role, before anything reads the database. The
 * changelogs grant to the app and platform roles, whose names come in as changelog parameters.
 */
@Context
public class SchemaMigration {

    /** Held so that the level set on Liquibase's java.util.logging logger is not garbage-collected away. */
    private static final java.util.logging.Logger LIQUIBASE_LOG = quietLiquibase();

    static final String CHANGELOG = "db/changelog/lvzhi-changelog.xml";

    public SchemaMigration(DatabaseSettings settings) {
        migrate(settings);
    }

    private static java.util.logging.Logger quietLiquibase() {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("liquibase");
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    public static void migrate(DatabaseSettings settings) {
        try (Connection connection = DriverManager.getConnection(
                settings.url(), settings.ownerUsername(), settings.ownerPassword())) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            try (Liquibase liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(), database)) {
                liquibase.setChangeLogParameter("app_role", settings.appUsername());
                liquibase.setChangeLogParameter("platform_role", settings.platformUsername());
                // Liquibase reports every change set on standard output unless told to use its logger.
                Scope.child(Scope.Attr.ui, new LoggerUIService(), () -> liquibase.update(new Contexts(), new LabelExpression()));
            }
        } catch (Exception e) {
            throw new IllegalStateException("database migration failed: " + e.getMessage(), e);
        }
    }
}
