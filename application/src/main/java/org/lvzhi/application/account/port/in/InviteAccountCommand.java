package org.lvzhi.application.account.port.in;

import java.util.Set;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.domain.account.EmailAddress;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Messages;
import org.lvzhi.domain.shared.Name;
import org.lvzhi.domain.shared.Violations;

/**
 * A tenant admin's invitation: who (login, whole name, e-mail) and in which role. A delegation head, group
 * leader or handling-unit user is tied to their office through the login the position names; a deputy through
 * the login their seat names.
 */
public record InviteAccountCommand(Login login, Name name, EmailAddress email, AccessRole role) {

    /** The roles a congress gives its own people; the platform's and integrations' are given otherwise. */
    public static final Set<AccessRole> INVITABLE = Set.of(AccessRole.TENANT_ADMIN, AccessRole.LIAISON_OFFICER,
            AccessRole.DELEGATION_HEAD, AccessRole.GROUP_LEADER, AccessRole.HANDLING_UNIT, AccessRole.DEPUTY);

    public static InviteAccountCommand of(String login, String name, String email, String role) {
        Violations violations = new Violations();
        Login parsedLogin = violations.check(() -> new Login(login));
        Name parsedName = violations.check(() -> new Name(name));
        EmailAddress parsedEmail = violations.check(() -> new EmailAddress(email));
        AccessRole parsedRole = violations.check(() -> invitable(role));
        violations.throwIfAny();
        return new InviteAccountCommand(parsedLogin, parsedName, parsedEmail, parsedRole);
    }

    private static AccessRole invitable(String role) {
        AccessRole parsed = Checks.oneOf("role", AccessRole.class, role);
        if (!INVITABLE.contains(parsed)) {
            throw Messages.of(InviteAccountCommand.class).violation("role", "role.not-invitable", parsed);
        }
        return parsed;
    }
}
