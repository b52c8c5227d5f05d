package org.lvzhi.application.account.port.in;

import java.util.UUID;
import org.lvzhi.application.account.port.out.ApiClient;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;

/**
 * A tenant admin's API clients of their congress: create one (its secret shown this once), list them, give one a new
 * secret (the old one and its tokens refused at once), revoke one (its tokens refused at once). Every change is audited.
 */
public interface ApiClientAdministrationUseCase {

    IssuedApiClient create(ActingCaller caller, RegisterApiClientCommand command);

    Page<ApiClient> list(ActingCaller caller, PageRequest page);

    IssuedApiClient rotate(ActingCaller caller, UUID client);

    void revoke(ActingCaller caller, UUID client);

    /** A client and the secret it signs in with, which the platform does not keep and cannot show again. */
    record IssuedApiClient(ApiClient client, String secret) {
    }
}
