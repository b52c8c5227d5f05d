package org.lvzhi.domain.deputy;

import java.util.Optional;
import java.util.regex.Pattern;
import org.lvzhi.domain.account.EmailAddress;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Messages;
import org.lvzhi.domain.shared.Violations;

/** How the liaison office reaches a deputy; every part is optional. */
public record ContactDetails(Optional<String> phone, Optional<String> email, Optional<String> address) {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{4,19}");
    private static final int MAX_ADDRESS_LENGTH = 200;

    public static final ContactDetails NONE = new ContactDetails(Optional.empty(), Optional.empty(), Optional.empty());

    public ContactDetails {
        Messages messages = Messages.of(ContactDetails.class);
        phone = Checks.required("contact.phone", phone).map(String::strip).filter(p -> !p.isEmpty());
        email = Checks.required("contact.email", email).map(String::strip).filter(e -> !e.isEmpty());
        address = Checks.required("contact.address", address).map(String::strip).filter(a -> !a.isEmpty());
        Violations violations = new Violations();
        if (phone.isPresent() && !PHONE.matcher(phone.get()).matches()) {
            violations.add(messages.violation("contact.phone", "phone.invalid"));
        }
        if (email.isPresent() && !EmailAddress.isWellFormed(email.get())) {
            violations.add(messages.violation("contact.email", "email.invalid"));
        }
        address.ifPresent(a -> violations.check(() -> Checks.text("contact.address", a, MAX_ADDRESS_LENGTH)));
        violations.throwIfAny();
    }
}
