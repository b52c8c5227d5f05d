package org.lvzhi.adapter.scheduler;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;
import org.quartz.spi.JobFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * Builds a Quartz scheduler on the platform's own connection pool: JDBC job store with its own transactions
 * (JobStoreTX), clustered (every node of the platform shares the qrtz_ tables and takes over a silent one),
 * job data kept as strings ({@code useProperties}), the instance id made up at start.
 */
public final class QuartzSchedulers {

    private QuartzSchedulers() {
    }

    public static Scheduler create(SchedulerSettings settings, DataSource pool, JobFactory jobs) {
        // Quartz finds connections by name in a JVM-wide registry; a name per scheduler lets two live in one JVM.
        String dataSource = "lvzhi-" + UUID.randomUUID();
        DBConnectionManager.getInstance().addConnectionProvider(dataSource, new PoolConnections(pool));
        try {
            StdSchedulerFactory factory = new StdSchedulerFactory(properties(settings, dataSource));
            Scheduler scheduler = factory.getScheduler();
            // The factory hands out one scheduler per name and JVM; every node (and a test's second node) is its own.
            SchedulerRepository.getInstance().remove(settings.name());
            scheduler.setJobFactory(jobs);
            return scheduler;
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot create the Quartz scheduler: " + e.getMessage(), e);
        }
    }

    static Properties properties(SchedulerSettings settings, String dataSource) {
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", settings.name());
        properties.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        properties.setProperty("org.quartz.threadPool.threadCount", String.valueOf(settings.threads()));
        properties.setProperty("org.quartz.threadPool.threadNamePrefix", "quartz-" + settings.name());
        properties.setProperty("org.quartz.jobStore.class", JobStoreTX.class.getName());
        properties.setProperty("org.quartz.jobStore.driverDelegateClass", PostgreSQLDelegate.class.getName());
        properties.setProperty("org.quartz.jobStore.dataSource", dataSource);
        properties.setProperty("org.quartz.jobStore.tablePrefix", "qrtz_");
        properties.setProperty("org.quartz.jobStore.useProperties", "true");
        properties.setProperty("org.quartz.jobStore.isClustered", "true");
        properties.setProperty("org.quartz.jobStore.clusterCheckinInterval", String.valueOf(settings.checkinInterval().toMillis()));
        properties.setProperty("org.quartz.jobStore.misfireThreshold", String.valueOf(settings.misfireThreshold().toMillis()));
        settings.quartz().forEach((key, value) -> properties.setProperty(key.startsWith("org.quartz.") ? key : "org.quartz." + key, value));
        return properties;
    }

    /** Connections from the platform role's pool; the pool stays the application's to close, after the scheduler. */
    private record PoolConnections(DataSource pool) implements ConnectionProvider {

        @Override
        public Connection getConnection() throws SQLException {
            return pool.getConnection();
        }

        @Override
        public void shutdown() {
        }

        @Override
        public void initialize() {
        }
    }
}
