package org.lvzhi.domain.motion;

import org.lvzhi.domain.shared.Messages;

/**
 * A share of a whole such as 1/10 (十分之一) or 1/2 (半数). "十分之一以上" includes the share itself, so the number
 * needed is the share rounded up: 1/10 of 95 deputies is 9.5, met by 10.
 */
public record Share(int numerator, int denominator) {

    public Share {
        if (numerator < 1 || denominator < numerator) {
            throw Messages.of(Share.class).violation("share", "share.invalid", numerator + "/" + denominator);
        }
    }

    /** Reads a profile's share, written {@code 1/10}. */
    public static Share parse(String text) {
        String[] parts = text.strip().split("/");
        try {
            if (parts.length == 2) {
                return new Share(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw Messages.of(Share.class).violation("share", "share.invalid", text);
    }

    /** The least whole number that is this share or more of the whole. */
    public int of(int whole) {
        return Math.ceilDiv(whole * numerator, denominator);
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
