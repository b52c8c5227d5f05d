package org.lvzhi.application.account.port.out;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;

/** The acting congress's API clients (the platform's catalogue of them, with either identity) and their audit trail. */
public interface ApiClientPort {

    void add(ApiClient client);

    Optional<ApiClient> find(UUID id);

    Optional<ApiClient> findByClientId(String clientId);

    /** Newest first. */
    Page<ApiClient> list(PageRequest page);

    /** Writes the client's secret hash, credential and rotation or revocation as the record now has them. */
    void update(ApiClient client);

    /** Who changed the client, when, and how: created, rotated, revoked. */
    void record(UUID client, String event, String actor, Instant at, String detail);
}
