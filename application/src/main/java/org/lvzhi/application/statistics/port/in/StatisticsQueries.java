package org.lvzhi.application.statistics.port.in;

import java.io.OutputStream;
import java.util.List;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.statistics.port.out.DeputyFiguresFilter;
import org.lvzhi.application.statistics.port.out.SubordinateTotals;
import org.lvzhi.application.statistics.port.out.TenantStatistics;

/** Annual statistics: staff, leaders, the platform admin and integrations only. */
public interface StatisticsQueries {

    TenantStatistics statistics(ActingCaller caller, int year);

    /** One page of the figures per deputy, by name (default 50 a page), filtered by group, station or status. */
    Slice<TenantStatistics.Line> deputies(ActingCaller caller, int year, DeputyFiguresFilter filter, KeysetRequest page);

    /**
     * The year's figures as an XLSX workbook, one sheet per dimension (the points ranking among them), written while the
     * deputies are read, a small window of rows held; checked like {@link #deputiesExport}.
     */
    Export workbook(ActingCaller caller, int year);

    /**
     * The figures of every deputy for the year, as an XLSX sheet written while they are read (a whole congress is an
     * export, never one answer held in memory). The caller and the year are checked at once, before anything is written.
     */
    Export deputiesExport(ActingCaller caller, int year);

    /** An export ready to be written. */
    @FunctionalInterface
    interface Export {
        void writeTo(OutputStream out);
    }

    /** Totals of every congress below the acting one (children, their children…), never a personal row. */
    List<SubordinateTotals> subordinates(ActingCaller caller, int year);
}
