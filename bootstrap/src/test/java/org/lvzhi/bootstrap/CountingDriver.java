package org.lvzhi.bootstrap;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The PostgreSQL driver behind {@code jdbc:counting:postgresql://…}, telling {@link StatementLog} of every statement
 * executed. Tests point a pool's URL at it, so the platform's own pools and transactions run unchanged.
 */
public final class CountingDriver implements Driver {

    static final String PREFIX = "jdbc:counting:";

    private final Driver postgres = new org.postgresql.Driver();

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        Connection connection = postgres.connect("jdbc:" + url.substring(PREFIX.length()), info);
        return proxy(Connection.class, connection, CountingDriver::statementOf);
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return postgres.getPropertyInfo("jdbc:" + url.substring(PREFIX.length()), info);
    }

    @Override
    public int getMajorVersion() {
        return postgres.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return postgres.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getLogger(CountingDriver.class.getName());
    }

    private static Object statementOf(Method method, Object[] args, Object result) {
        if (result instanceof PreparedStatement prepared && method.getName().startsWith("prepare")) {
            String sql = (String) args[0];
            return proxy(PreparedStatement.class, prepared, (call, callArgs, returned) -> {
                if (call.getName().startsWith("execute")) {
                    StatementLog.executed(sql);
                }
                return returned;
            });
        }
        if (result instanceof Statement plain) {
            return proxy(Statement.class, plain, (call, callArgs, returned) -> {
                if (call.getName().startsWith("execute") && callArgs != null && callArgs.length > 0) {
                    StatementLog.executed((String) callArgs[0]);
                }
                return returned;
            });
        }
        return result;
    }

    /** What a proxy does with the real method's result. */
    @FunctionalInterface
    private interface After {
        Object apply(Method method, Object[] args, Object result) throws Exception;
    }

    /** The real method runs first, so a statement that fails is not counted. */
    private static <T> T proxy(Class<T> type, T target, After after) {
        InvocationHandler handler = (self, method, args) -> {
            try {
                return after.apply(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
