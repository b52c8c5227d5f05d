package org.lvzhi.application.statistics.port.out;

import java.io.OutputStream;

/** Writes the figures per deputy as an XLSX sheet straight into a stream, a line at a time: only the line is held. */
public interface StatisticsExportWriter {

    Sheet open(OutputStream out);

    /** The sheet being written; closing it ends the file (the stream itself stays open). */
    interface Sheet extends AutoCloseable {

        void line(TenantStatistics.Line line);

        @Override
        void close();
    }
}
