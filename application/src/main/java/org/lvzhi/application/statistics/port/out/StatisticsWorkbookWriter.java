package org.lvzhi.application.statistics.port.out;

import java.io.OutputStream;

/**
 * Writes the statistics as an XLSX workbook into a stream, one sheet per dimension, headers in the first row: the lines
 * per deputy are handed one by one as they are read, and only a small window of them is held; the totals follow.
 */
public interface StatisticsWorkbookWriter {

    Workbook open(OutputStream out);

    /** The workbook being written; closing it frees what it held (the stream itself stays open). */
    interface Workbook extends AutoCloseable {

        /** The next line of sheet 代表. */
        void deputy(TenantStatistics.Line line);

        /** The other sheets from the totals (their deputies are not read: they came by {@link #deputy}), then the file's end. */
        void finish(TenantStatistics totals);

        @Override
        void close();
    }
}
