package org.lvzhi.adapter.scheduler;

import java.time.Duration;

/** Told of what the node's scheduler does, for the operators' meters; Quartz itself stays inside this adapter. */
public interface JobObserver {

    /** A trigger fired later than the misfire threshold allows. */
    void misfired(String trigger);

    /** A job ran to its end (or failure) on this node. */
    void completed(String job, Duration runTime);
}
