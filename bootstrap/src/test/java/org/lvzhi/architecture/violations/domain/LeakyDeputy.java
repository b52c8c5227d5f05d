package org.lvzhi.architecture.violations.domain;

/** Deliberately breaks the domain rule: a domain class that knows about JDBC. */
public class LeakyDeputy {

    public java.sql.Timestamp lastSeen() {
        return new java.sql.Timestamp(0);
    }
}
