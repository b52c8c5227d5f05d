package org.lvzhi.application.congress.port.in;

import java.util.Optional;
import org.lvzhi.domain.account.EmailAddress;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.Level;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.InvariantViolation;
import org.lvzhi.domain.shared.Name;
import org.lvzhi.domain.shared.Violations;

/** A congress to found and, for a congress people will use at once, its first tenant admin to invite. */
public record FoundCongressCommand(CongressId id, Name name, Level level, Optional<CongressId> parent, Optional<FirstAdmin> firstAdmin) {

    public static FoundCongressCommand of(String id, String name, String level, String parentId) {
        return new FoundCongressCommand(
                new CongressId(id),
                new Name(name),
                Checks.oneOf("level", Level.class, level),
                Optional.ofNullable(parentId).filter(p -> !p.isBlank()).map(FoundCongressCommand::parentSlug),
                Optional.empty());
    }

    /** Also invites the first admin: their whole name and e-mail address, which is their login unless one is given. */
    public FoundCongressCommand withFirstAdmin(String adminName, String email, String login) {
        Violations violations = new Violations();
        Name parsedName = violations.check(() -> Name.of("firstAdmin.name", adminName));
        EmailAddress parsedEmail = violations.check(() -> field("firstAdmin.email", () -> new EmailAddress(email)));
        Login parsedLogin = violations.check(() -> field("firstAdmin.login", () -> new Login(login != null ? login : email)));
        violations.throwIfAny();
        return new FoundCongressCommand(id, name, level, parent, Optional.of(new FirstAdmin(parsedLogin, parsedName, parsedEmail)));
    }

    private static CongressId parentSlug(String slug) {
        return field("parentId", () -> new CongressId(slug));
    }

    private static <T> T field(String field, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvariantViolation invalid) {
            throw new InvariantViolation(field, invalid.violations().getFirst().message());
        }
    }

    public record FirstAdmin(Login login, Name name, EmailAddress email) {
    }
}
