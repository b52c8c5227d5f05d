package org.lvzhi.adapter.scheduler;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.MapFormat;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;

/**
 * The platform's calendar (DESIGN.md §4): Quartz on a clustered JDBC job store in the platform's PostgreSQL.
 *
 * @param enabled         off: no scheduler on this node, and no trigger is added or changed from it
 * @param runJobs         off: this node keeps the triggers up to date but fires none (a web-only node)
 * @param name            the cluster's name: every node of one platform uses the same
 * @param threads         how many jobs this node runs at once
 * @param checkinInterval how often a node tells the others it is alive; a node silent for longer is taken
 *                        over (its interrupted jobs run again elsewhere)
 * @param misfireThreshold how late a trigger may fire before it counts as missed (then it fires once, now)
 * @param calendarFiresAt the time of day, in China, at which a calendar duty's day is announced
 * @param quartz          further Quartz properties, verbatim (org.quartz.…), for what the above does not cover
 */
@ConfigurationProperties("lvzhi.scheduler")
public record SchedulerSettings(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "true") boolean runJobs,
        @Bindable(defaultValue = "lvzhi") String name,
        @Bindable(defaultValue = "4") int threads,
        @Bindable(defaultValue = "15s") Duration checkinInterval,
        @Bindable(defaultValue = "60s") Duration misfireThreshold,
        @Bindable(defaultValue = "08:00") LocalTime calendarFiresAt,
        @Nullable @MapFormat(transformation = MapFormat.MapTransformation.FLAT, keyFormat = io.micronaut.core.naming.conventions.StringConvention.RAW)
        Map<String, String> quartz) {

    public SchedulerSettings {
        quartz = quartz == null ? Map.of() : Map.copyOf(quartz);
    }
}
