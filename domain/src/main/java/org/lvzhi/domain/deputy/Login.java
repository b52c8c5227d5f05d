package org.lvzhi.domain.deputy;

import java.util.regex.Pattern;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Messages;

/** The user name a person signs in with; the identity provider's subject. */
public record Login(String value) {

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._@-]{3,64}");

    public Login {
        value = Checks.required("login", value).strip();
        if (!ALLOWED.matcher(value).matches()) {
            throw Messages.of(Login.class).violation("login", "login.invalid");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
