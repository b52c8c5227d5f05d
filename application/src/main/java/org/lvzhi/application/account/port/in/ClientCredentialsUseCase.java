package org.lvzhi.application.account.port.in;

/**
 * The local identity's client-credentials grant: an active client's id and current secret for an access token of its
 * congress with its roles. Anything else is refused ({@link SignInRefused}) without saying which part was wrong.
 */
public interface ClientCredentialsUseCase {

    ClientToken token(String clientId, String secret);

    record ClientToken(String accessToken, long expiresInSeconds) {
    }
}
