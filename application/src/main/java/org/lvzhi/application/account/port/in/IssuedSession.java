package org.lvzhi.application.account.port.in;

import java.util.UUID;

/** What a sign-in or a refresh hands out: a short-lived access token, and the refresh token that replaces it. */
public record IssuedSession(UUID session, String accessToken, long expiresInSeconds, String refreshToken) {
}
