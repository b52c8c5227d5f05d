package org.lvzhi.application.account.port.in;

import org.lvzhi.domain.account.EmailAddress;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.shared.Name;

/**
 * For an identity provider that keeps grants and passwords itself (Keycloak): e-mails a person who has no
 * password yet the platform's one-time link to choose one, in the congress's transaction (a rolled-back grant
 * sends nothing). The platform records only who the link is for: no grant, no password.
 */
public interface InvitePersonUseCase {

    void invite(Login login, Name name, EmailAddress email, CongressId congress);
}
