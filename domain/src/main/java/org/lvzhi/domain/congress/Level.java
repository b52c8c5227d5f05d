package org.lvzhi.domain.congress;

/** The four local levels of people's congresses, from the highest down. */
public enum Level {
    PROVINCE,
    CITY,
    COUNTY,
    TOWNSHIP;

    /** A province-level municipality's districts skip the city level, so any higher level qualifies. */
    public boolean isHigherThan(Level other) {
        return ordinal() < other.ordinal();
    }
}
