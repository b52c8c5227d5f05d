package org.lvzhi.application.account.port.in;

/**
 * The claims an API client's token carries besides {@code congresses} and {@code roles}, with either identity: the
 * credential of the secret it was issued for, and the client's own request limit when it has one
 * ({@code {"capacity": 20, "per_second": 5}}).
 */
public final class ApiClientClaims {

    public static final String CREDENTIAL = "client_credential";
    public static final String RATE_LIMIT = "rate_limit";
    public static final String CAPACITY = "capacity";
    public static final String PER_SECOND = "per_second";

    private ApiClientClaims() {
    }
}
