package org.lvzhi.application.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.identity.port.out.IdentityProvisioningPort;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.domain.account.EmailAddress;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.shared.Name;

/** Records what the identity provider was asked to do, as readable lines. */
public final class RecordingIdentities implements IdentityProvisioningPort {

    private final List<String> calls = new ArrayList<>();

    @Override
    public void open(CongressId congress, Name name) {
        calls.add("open " + congress);
    }

    @Override
    public void close(CongressId congress) {
        calls.add("close " + congress);
    }

    @Override
    public void grant(Login login, Name name, Optional<EmailAddress> email, CongressId congress, AccessRole role) {
        calls.add("grant " + login + " " + congress + " " + role);
    }

    @Override
    public void revoke(Login login, CongressId congress) {
        calls.add("revoke " + login + " " + congress);
    }

    public List<String> calls() {
        return List.copyOf(calls);
    }
}
