package org.lvzhi.domain.shared;

import java.math.BigDecimal;

/** Quantities and points written the one way: 1.50 read from a database and 1.5 computed are one number. */
public final class Decimals {

    private Decimals() {
    }

    /** The number without trailing zeros, never in exponent form: 62.0 is 62, 10 stays 10, 0.50 is 0.5. */
    public static BigDecimal canonical(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
