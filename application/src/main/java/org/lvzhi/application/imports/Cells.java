package org.lvzhi.application.imports;

import java.time.DateTimeException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the texts people type into spreadsheets: dates and yes/no. */
final class Cells {

    /** 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日; the reader writes real date cells as the first. */
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    private Cells() {
    }

    static Optional<LocalDate> date(String text) {
        Matcher matcher = DATE.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3))));
        } catch (DateTimeException noSuchDay) {
            return Optional.empty();
        }
    }

    /** 是/否 (also true/false, yes/no, y/n, 1/0, √); empty when it is none of them. */
    static Optional<Boolean> yesNo(String text) {
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "是", "true", "yes", "y", "1", "√" -> Optional.of(true);
            case "否", "false", "no", "n", "0" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** A decimal number such as a quantity: 0.5, 1.5, 2. */
    static Optional<BigDecimal> decimal(String text) {
        Matcher matcher = Pattern.compile("\\d{1,4}(\\.\\d{1,2})?").matcher(text.strip());
        return matcher.matches() ? Optional.of(new BigDecimal(matcher.group())) : Optional.empty();
    }

    /** A whole number such as a term's: 14, 第14届. */
    static Optional<Integer> number(String text) {
        Matcher matcher = Pattern.compile("第?\\s*(\\d{1,4})\\s*届?").matcher(text.strip());
        return matcher.matches() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }
}
