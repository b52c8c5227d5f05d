package org.lvzhi.application.deputy.port.in;

import java.util.Optional;
import org.lvzhi.domain.deputy.ContactDetails;

/** Contact details as a client sends them. */
public record ContactForm(String phone, String email, String address) {

    ContactDetails toContactDetails() {
        return new ContactDetails(Optional.ofNullable(phone), Optional.ofNullable(email), Optional.ofNullable(address));
    }
}
