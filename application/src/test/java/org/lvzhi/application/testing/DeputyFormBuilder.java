package org.lvzhi.application.testing;

import org.lvzhi.application.deputy.port.in.ContactForm;
import org.lvzhi.application.deputy.port.in.DeputyForm;

/** A deputy form as a client sends it; valid once it names a term. */
public final class DeputyFormBuilder {

    private String name = "王丽";
    private String login;
    private String termId;
    private String constituency = "DISTRICT";
    private String constituencyName = "城东选区";
    private String delegationId;
    private String deputyGroupId;
    private Boolean grassroots = false;
    private Boolean military = false;
    private ContactForm contact;

    private DeputyFormBuilder() {
    }

    public static DeputyFormBuilder aDeputyForm() {
        return new DeputyFormBuilder();
    }

    public DeputyFormBuilder name(String value) {
        name = value;
        return this;
    }

    public DeputyFormBuilder login(String value) {
        login = value;
        return this;
    }

    public DeputyFormBuilder termId(Object value) {
        termId = value == null ? null : value.toString();
        return this;
    }

    public DeputyFormBuilder constituency(String value) {
        constituency = value;
        return this;
    }

    public DeputyFormBuilder delegationId(Object value) {
        delegationId = value == null ? null : value.toString();
        return this;
    }

    public DeputyFormBuilder deputyGroupId(Object value) {
        deputyGroupId = value == null ? null : value.toString();
        return this;
    }

    public DeputyFormBuilder contact(String phone, String email, String address) {
        contact = new ContactForm(phone, email, address);
        return this;
    }

    public DeputyForm build() {
        return new DeputyForm(
                name, login, termId, constituency, constituencyName, delegationId, deputyGroupId, null, grassroots, military, contact);
    }
}
