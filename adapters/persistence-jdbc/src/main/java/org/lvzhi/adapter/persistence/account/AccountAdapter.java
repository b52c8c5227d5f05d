package org.lvzhi.adapter.persistence.account;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.adapter.persistence.shared.Statements;
import org.lvzhi.application.account.port.out.Account;
import org.lvzhi.application.account.port.out.AccountAuditPort;
import org.lvzhi.application.account.port.out.AccountListing;
import org.lvzhi.application.account.port.out.AccountPort;
import org.lvzhi.application.account.port.out.Grant;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.account.EmailAddress;
import org.lvzhi.domain.account.SignInRecord;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.shared.Name;

/**
 * Accounts in {@code user_account} (platform-wide) and their grants in {@code account_grant} (the acting
 * congress's under row-level security, or all of one account's when the transaction names it). On the app role, in
 * the use case's transaction.
 */
@Singleton
class AccountAdapter implements AccountPort, AccountAuditPort {

    private static final String SELECT = "SELECT id, login, name, email, password_hash, platform_admin, failed_sign_ins, "
            + "locked_until FROM user_account";

    /** An account with its grants in the acting congress (row-level security): the roles enabled there, and whether any is. */
    private static final String LISTING = """
            SELECT a.login, a.name, a.email, a.password_hash IS NOT NULL AS password_set,
                   array_agg(g.role ORDER BY g.role) FILTER (WHERE g.enabled) AS roles, bool_or(g.enabled) AS enabled
              FROM account_grant g JOIN user_account a ON a.id = g.account_id""";

    private final JdbcOperations jdbc;

    AccountAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Account> find(Login login) {
        return Statements.list(jdbc, SELECT + " WHERE login = ?", List.of(login.value()), AccountAdapter::account).stream().findFirst();
    }

    @Override
    public Optional<Account> find(UUID account) {
        return Statements.list(jdbc, SELECT + " WHERE id = ?", List.of(account), AccountAdapter::account).stream().findFirst();
    }

    @Override
    public void add(Account account) {
        update("INSERT INTO user_account (id, login, name, email, password_hash, platform_admin) VALUES (?, ?, ?, ?, ?, ?)",
                account.id(), account.login().value(), account.name().value(), account.email().map(EmailAddress::value).orElse(null),
                account.passwordHash().orElse(null), account.platformAdmin());
    }

    @Override
    public boolean recordSignIn(UUID account, SignInRecord before, SignInRecord after) {
        return update("UPDATE user_account SET failed_sign_ins = ?, locked_until = ? "
                        + "WHERE id = ? AND failed_sign_ins = ? AND locked_until IS NOT DISTINCT FROM ?",
                after.failures(), timestamp(after.lockedUntil()), account, before.failures(), timestamp(before.lockedUntil())) == 1;
    }

    @Override
    public void setPassword(UUID account, String passwordHash) {
        update("UPDATE user_account SET password_hash = ? WHERE id = ?", passwordHash, account);
    }

    @Override
    public void setEmail(UUID account, EmailAddress email) {
        update("UPDATE user_account SET email = ? WHERE id = ?", email.value(), account);
    }

    @Override
    public List<Grant> grants(UUID account) {
        return Statements.list(jdbc, "SELECT tenant_id, role, enabled FROM account_grant WHERE account_id = ?", List.of(account), row ->
                new Grant(new CongressId(row.getString("tenant_id")), AccessRole.valueOf(row.getString("role")), row.getBoolean("enabled")));
    }

    @Override
    public Optional<UUID> holderOf(Login login, UUID session) {
        return Statements.list(jdbc, "SELECT a.id FROM user_account a JOIN account_session s ON s.account_id = a.id "
                        + "WHERE a.login = ? AND s.id = ? AND s.revoked_at IS NULL", List.of(login.value(), session),
                row -> row.getObject(1, UUID.class)).stream().findFirst();
    }

    @Override
    public void grant(UUID account, AccessRole role) {
        update("INSERT INTO account_grant (account_id, role) VALUES (?, ?) "
                + "ON CONFLICT (tenant_id, account_id, role) DO UPDATE SET enabled = true", account, role.name());
    }

    @Override
    public boolean setEnabled(Login login, boolean enabled) {
        return update("UPDATE account_grant SET enabled = ? WHERE account_id = (SELECT id FROM user_account WHERE login = ?)",
                enabled, login.value()) > 0;
    }

    @Override
    public Page<AccountListing> list(PageRequest page) {
        List<AccountListing> items = Statements.list(jdbc, LISTING + " GROUP BY a.id ORDER BY a.login LIMIT ? OFFSET ?",
                List.of(page.size(), page.offset()), AccountAdapter::listing);
        long total = Statements.count(jdbc, "SELECT count(DISTINCT account_id) FROM account_grant", List.of());
        return Page.of(items, page, total);
    }

    @Override
    public Optional<AccountListing> listing(Login login) {
        return Statements.list(jdbc, LISTING + " WHERE a.login = ? GROUP BY a.id", List.of(login.value()), AccountAdapter::listing)
                .stream().findFirst();
    }

    @Override
    public void record(UUID account, String event, Instant at, String detail) {
        update("INSERT INTO account_event (account_id, event, at, detail) VALUES (?, ?, ?, ?)", account, event, Timestamp.from(at), detail);
    }

    private int update(String sql, Object... parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            Statements.bind(statement, Arrays.asList(parameters));
            return statement.executeUpdate();
        });
    }

    private static Timestamp timestamp(Optional<Instant> instant) {
        return instant.map(Timestamp::from).orElse(null);
    }

    private static Account account(ResultSet row) throws SQLException {
        Timestamp lockedUntil = row.getTimestamp("locked_until");
        return new Account(row.getObject("id", UUID.class), new Login(row.getString("login")), new Name(row.getString("name")),
                Optional.ofNullable(row.getString("email")).map(EmailAddress::new),
                Optional.ofNullable(row.getString("password_hash")), row.getBoolean("platform_admin"),
                new SignInRecord(row.getInt("failed_sign_ins"), Optional.ofNullable(lockedUntil).map(Timestamp::toInstant)));
    }

    private static AccountListing listing(ResultSet row) throws SQLException {
        java.sql.Array roles = row.getArray("roles");
        List<AccessRole> granted = roles == null ? List.of()
                : Arrays.stream((String[]) roles.getArray()).map(AccessRole::valueOf).toList();
        return new AccountListing(new Login(row.getString("login")), new Name(row.getString("name")),
                Optional.ofNullable(row.getString("email")).map(EmailAddress::new), granted, row.getBoolean("enabled"),
                row.getBoolean("password_set"));
    }
}
