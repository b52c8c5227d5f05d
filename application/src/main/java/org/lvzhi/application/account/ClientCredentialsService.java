package org.lvzhi.application.account;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.lvzhi.application.account.port.in.ClientCredentialsUseCase;
import org.lvzhi.application.account.port.in.SignInRefused;
import org.lvzhi.application.account.port.out.AccessTokenPort;
import org.lvzhi.application.account.port.out.ApiClient;
import org.lvzhi.application.account.port.out.ApiClientPort;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.shared.Messages;

/**
 * The local identity's client-credentials grant, read in the congress the client id names: an active client whose
 * secret hashes to the one kept gets a token of its roles, its congress and its current credential.
 */
@Singleton
class ClientCredentialsService implements ClientCredentialsUseCase {

    private static final Messages MESSAGES = Messages.of(ClientCredentialsService.class);

    private final ApiClientPort clients;
    private final AccessTokenPort tokens;
    private final TransactionPort transactions;

    ClientCredentialsService(ApiClientPort clients, AccessTokenPort tokens, TransactionPort transactions) {
        this.clients = clients;
        this.tokens = tokens;
        this.transactions = transactions;
    }

    @Override
    public ClientToken token(String clientId, String secret) {
        String presented = OneTimeSecret.hash(String.valueOf(secret));
        ApiClient client = ApiClient.congressOf(clientId)
                .flatMap(congress -> transactions.readInCongress(congress, () -> clients.findByClientId(clientId)))
                .filter(ApiClient::active)
                .filter(found -> secret != null && MessageDigest.isEqual(found.secretHash().getBytes(StandardCharsets.US_ASCII),
                        presented.getBytes(StandardCharsets.US_ASCII)))
                .orElseThrow(() -> new SignInRefused(MESSAGES.text("client.refused")));
        AccessTokenPort.Issued issued = tokens.issue(client);
        return new ClientToken(issued.token(), issued.expiresInSeconds());
    }
}
