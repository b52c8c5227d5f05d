package org.lvzhi.adapter.spreadsheet;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Formats numeric cells for the import: a cell formatted as a date becomes {@code yyyy-MM-dd} whatever its
 * display format; any other number is written out in full (a phone number stays 13800138000, not 1.38E+10).
 */
final class TextCells extends DataFormatter {

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
