package org.lvzhi.adapter.persistence.shared;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates a database and its three roles on a PostgreSQL server as its superuser, for the embedded default
 * and for tests. A production database is prepared by its administrator with the same statements.
 */
public final class DatabaseProvisioner {

    private final String superuserUrl;
    private final String superuser;
    private final String superuserPassword;

    public DatabaseProvisioner(String superuserUrl, String superuser, String superuserPassword) {
        this.superuserUrl = superuserUrl;
        this.superuser = superuser;
        this.superuserPassword = superuserPassword;
    }

    /** Creates what is missing; running it again changes nothing. */
    public void provision(String database, DatabaseSettings roles) {
        execute(
                createRole(roles.ownerUsername(), roles.ownerPassword(), ""),
                createRole(roles.appUsername(), roles.appPassword(), ""),
                createRole(roles.platformUsername(), roles.platformPassword(), " BYPASSRLS"));
        if (!databaseExists(database)) {
            execute("CREATE DATABASE " + quote(database) + " OWNER " + quote(roles.ownerUsername()) + " ENCODING 'UTF8'");
        }
    }

    /** Drops the database and the roles: what a test run created, it removes. */
    public void drop(String database, DatabaseSettings roles) {
        execute(
                "DROP DATABASE IF EXISTS " + quote(database) + " WITH (FORCE)",
                "DROP ROLE IF EXISTS " + quote(roles.appUsername()),
                "DROP ROLE IF EXISTS " + quote(roles.platformUsername()),
                "DROP ROLE IF EXISTS " + quote(roles.ownerUsername()));
    }

    private static String createRole(String name, String password, String attributes) {
        return "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = " + literal(name) + ") THEN "
                + "CREATE ROLE " + quote(name) + " LOGIN PASSWORD " + literal(password) + attributes + "; END IF; END $$";
    }

    private boolean databaseExists(String database) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             var result = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = " + literal(database))) {
            return result.next();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the list of databases: " + e.getMessage(), e);
        }
    }

    private void execute(String... statements) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("database provisioning failed: " + e.getMessage(), e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(superuserUrl, superuser, superuserPassword);
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
