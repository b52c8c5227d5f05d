package org.lvzhi.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lvzhi.application.testing.TestData.HUNAN;
import static org.lvzhi.application.testing.TestData.QINGHAI;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lvzhi.application.identity.port.in.ActingCongressResolver;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Principal;
import org.lvzhi.application.testing.InMemoryCongresses;
import org.lvzhi.application.testing.TestData;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.Level;

class ActingCongressResolverTest {

    private final InMemoryCongresses congresses = new InMemoryCongresses();
    private final ActingCongressResolver resolver = new ActingCongressService(congresses);

    @BeforeEach
    void platformWithTwoCongresses() {
        congresses.add(TestData.congress("qinghai", "青海省人大", Level.PROVINCE));
        congresses.add(TestData.congress("hunan", "湖南省人大", Level.PROVINCE));
    }

    @Test
    @DisplayName("a token granting a single congress acts in it")
    void singleCongressActsThere() {
        ActingCaller caller = resolver.resolve(principal(Set.of(QINGHAI)), Optional.empty());

        assertThat(caller.congress()).isEqualTo(QINGHAI);
    }

    @Test
    @DisplayName("the X-Congress header picks one of the token's congresses")
    void headerPicksAmongGranted() {
        ActingCaller caller = resolver.resolve(principal(Set.of(QINGHAI, HUNAN)), Optional.of("hunan"));

        assertThat(caller.congress()).isEqualTo(HUNAN);
    }

    @Test
    @DisplayName("the caller keeps the principal it was resolved for")
    void callerKeepsPrincipal() {
        Principal principal = principal(Set.of(QINGHAI));

        assertThat(resolver.resolve(principal, Optional.empty()).principal()).isEqualTo(principal);
    }

    @Test
    @DisplayName("a blank X-Congress header counts as no header")
    void blankHeaderIsNoHeader() {
        ActingCaller caller = resolver.resolve(principal(Set.of(QINGHAI)), Optional.of("  "));

        assertThat(caller.congress()).isEqualTo(QINGHAI);
    }

    @Test
    @DisplayName("naming a congress the token does not grant is denied")
    void headerNotGrantedIsDenied() {
        assertThatThrownBy(() -> resolver.resolve(principal(Set.of(QINGHAI)), Optional.of("hunan")))
                .isInstanceOf(AccessDenied.class)
                .hasMessageContaining("hunan");
    }

    @Test
    @DisplayName("a token granting several congresses without a header is denied")
    void severalWithoutHeaderIsDenied() {
        assertThatThrownBy(() -> resolver.resolve(principal(Set.of(QINGHAI, HUNAN)), Optional.empty()))
                .isInstanceOf(AccessDenied.class)
                .hasMessageContaining("X-Congress");
    }

    @Test
    @DisplayName("a token granting no congress without a header is denied")
    void noneWithoutHeaderIsDenied() {
        assertThatThrownBy(() -> resolver.resolve(principal(Set.of()), Optional.empty()))
                .isInstanceOf(AccessDenied.class)
                .hasMessageContaining("X-Congress");
    }

    @Test
    @DisplayName("a platform admin may act in any congress on the platform")
    void platformAdminActsInAnyExistingCongress() {
        Principal admin = new Principal("platform-admin", Set.of(), Set.of(AccessRole.PLATFORM_ADMIN));

        assertThat(resolver.resolve(admin, Optional.of("hunan")).congress()).isEqualTo(HUNAN);
    }

    @Test
    @DisplayName("a platform admin may not act in a congress that is not on the platform")
    void platformAdminCannotActInMissingCongress() {
        Principal admin = new Principal("platform-admin", Set.of(), Set.of(AccessRole.PLATFORM_ADMIN));

        assertThatThrownBy(() -> resolver.resolve(admin, Optional.of("gansu"))).isInstanceOf(AccessDenied.class);
    }

    @Test
    @DisplayName("a staff member who is not a platform admin may not name an existing congress outside the token")
    void tenantAdminCannotActInOtherExistingCongress() {
        Principal tenantAdmin = new Principal("qinghai-admin", Set.of(QINGHAI), Set.of(AccessRole.TENANT_ADMIN));

        assertThatThrownBy(() -> resolver.resolve(tenantAdmin, Optional.of("hunan"))).isInstanceOf(AccessDenied.class);
    }

    @ParameterizedTest(name = "X-Congress: \"{0}\"")
    @ValueSource(strings = {"Qinghai", "qinghai;drop", "q", "../hunan", "青海"})
    @DisplayName("a malformed X-Congress header is denied, not reported as invalid input")
    void malformedHeaderIsDenied(String header) {
        Principal admin = new Principal("platform-admin", Set.of(QINGHAI), Set.of(AccessRole.PLATFORM_ADMIN));

        assertThatThrownBy(() -> resolver.resolve(admin, Optional.of(header))).isInstanceOf(AccessDenied.class);
    }

    private static Principal principal(Set<CongressId> congresses) {
        return new Principal("wang.li", congresses, Set.of(AccessRole.DEPUTY));
    }
}
