package org.lvzhi.adapter.web.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.lvzhi.adapter.web.shared.Allowed;
import org.lvzhi.adapter.web.shared.PageResponse;
import org.lvzhi.application.account.port.in.AccountAccess;
import org.lvzhi.application.account.port.in.AccountAdministrationUseCase;
import org.lvzhi.application.account.port.in.InviteAccountCommand;
import org.lvzhi.application.account.port.out.AccountListing;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.account.EmailAddress;
import org.lvzhi.domain.deputy.Login;

/**
 * A tenant admin's accounts of their congress (a platform admin's of the congress {@code X-Congress} names), with
 * either identity provider.
 */
@Controller("/api/v1/accounts")
@Allowed(AccountAccess.MANAGE)
class AccountController {

    private final AccountAdministrationUseCase accounts;

    AccountController(AccountAdministrationUseCase accounts) {
        this.accounts = accounts;
    }

    /** Invites a person to an account of the acting congress with one role; the invitation goes by e-mail. */
    @Post
    @Status(HttpStatus.CREATED)
    AccountResponse invite(ActingCaller caller, @Body InviteRequest request) {
        return AccountResponse.of(accounts.invite(caller, InviteAccountCommand.of(request.login(), request.name(), request.email(), request.role())));
    }

    /** The accounts of the acting congress, paged. */
    @Get
    PageResponse<AccountResponse> list(ActingCaller caller, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return PageResponse.of(accounts.list(caller, PageRequest.of(page, size)), AccountResponse::of);
    }

    /** Disables an account: its tokens are refused from then on. */
    @Post("/{login}/disable")
    @Status(HttpStatus.NO_CONTENT)
    void disable(ActingCaller caller, String login) {
        accounts.disable(caller, new Login(login));
    }

    /** Enables a disabled account again. */
    @Post("/{login}/enable")
    @Status(HttpStatus.NO_CONTENT)
    void enable(ActingCaller caller, String login) {
        accounts.enable(caller, new Login(login));
    }

    @Serdeable
    record InviteRequest(@Nullable String login, @Nullable String name, @Nullable String email, @Nullable String role) {
    }

    @Serdeable
    record AccountResponse(String login, String name, @Nullable String email, List<AccessRole> roles, boolean enabled, boolean passwordSet) {

        static AccountResponse of(AccountListing listing) {
            return new AccountResponse(listing.login().value(), listing.name().value(),
                    listing.email().map(EmailAddress::value).orElse(null), listing.roles().stream().toList(),
                    listing.enabled(), listing.passwordSet());
        }
    }
}
