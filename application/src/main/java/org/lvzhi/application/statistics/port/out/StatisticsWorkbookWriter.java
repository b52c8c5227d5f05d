package org.lvzhi.application.statistics.port.out;

/** Writes the statistics as an XLSX workbook: one sheet per dimension, headers in the first row. */
public interface StatisticsWorkbookWriter {

    byte[] write(TenantStatistics statistics);
}
