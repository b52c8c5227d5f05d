package org.lvzhi.application.identity.port.in;

import java.util.Optional;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Principal;

/**
 * Decides which congress a request acts in (docs/architecture.md, the tenant's path): the one the token grants, or the one the
 * {@code X-Congress} header picks among the token's congresses. A platform admin may name any congress on
 * the platform; that is logged for audit. Never from a path or body.
 */
public interface ActingCongressResolver {

    /** The caller acting in the congress; {@code AccessDenied} when the token grants none, several without a pick, or not the one picked. */
    ActingCaller resolve(Principal principal, Optional<String> requestedCongress);
}
