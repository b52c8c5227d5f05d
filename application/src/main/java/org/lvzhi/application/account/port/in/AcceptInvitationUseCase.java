package org.lvzhi.application.account.port.in;

/** A person opens their one-time link and chooses a password (under the policy); the link is then spent. */
public interface AcceptInvitationUseCase {

    void accept(String token, String password);
}
