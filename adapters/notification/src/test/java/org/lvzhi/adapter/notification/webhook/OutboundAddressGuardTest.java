package org.lvzhi.adapter.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.UnknownHostException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only literal addresses (and localhost): resolving them makes no network call. */
class OutboundAddressGuardTest {

    private final OutboundAddressGuard strict = new OutboundAddressGuard(false);
    private final OutboundAddressGuard lenient = new OutboundAddressGuard(true);

    @ParameterizedTest
    @ValueSource(strings = {
            "http://127.0.0.1/hook",            // loopback
            "http://127.8.9.10:8080/hook",      // loopback, whole /8
            "http://localhost/hook",            // a name resolving to loopback
            "http://[::1]/hook",                // IPv6 loopback
            "http://10.1.2.3/hook",             // private 10/8
            "http://172.16.0.1/hook",           // private 172.16/12
            "http://172.31.255.254/hook",
            "http://192.168.0.1/hook",          // private 192.168/16
            "http://169.254.169.254/latest/meta-data", // link-local: cloud metadata
            "http://[fe80::1]/hook",            // IPv6 link-local
            "http://[fc00::1]/hook",            // unique-local fc00::/7
            "http://[fd12:3456::1]/hook",
            "http://0.0.0.0/hook",              // any-local
            "http://[::]/hook",
            "http://0.1.2.3/hook",              // this network 0/8
            "http://224.0.0.1/hook",            // multicast
            "http://[ff02::1]/hook",
            "http://100.64.0.1/hook",           // carrier-grade NAT 100.64/10
            "http://100.127.255.254/hook",
            "http://[::ffff:127.0.0.1]/hook",   // IPv4-mapped loopback
            "http://[::10.0.0.1]/hook",         // IPv4-compatible private
            "http://[64:ff9b::a9fe:a9fe]/hook", // NAT64 of 169.254.169.254
    })
    @DisplayName("a URL whose host is a local, private or otherwise internal address is refused")
    void refusesInternalAddresses(String url) throws UnknownHostException {
        assertThat(strict.refusal(URI.create(url))).get().asString().contains("non-public address");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://203.0.113.10/hook",
            "http://203.0.113.10:8443/hook",
            "https://8.8.8.8/hook",
            "https://100.128.0.1/hook",         // just above CGNAT
            "https://172.32.0.1/hook",          // just above 172.16/12
            "https://[2001:db8::10]/hook",
    })
    @DisplayName("a URL whose host is a public address is allowed, reachable or not")
    void allowsPublicAddresses(String url) throws UnknownHostException {
        assertThat(strict.refusal(URI.create(url))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://203.0.113.10/hook", "file:///etc/passwd", "gopher://203.0.113.10/", "/relative/hook"})
    @DisplayName("a scheme other than http or https is refused, even where private targets are allowed")
    void refusesOtherSchemes(String url) throws UnknownHostException {
        assertThat(strict.refusal(URI.create(url))).get().asString().contains("only http and https");
        assertThat(lenient.refusal(URI.create(url))).isPresent();
    }

    @Test
    @DisplayName("the scheme is compared regardless of case")
    void schemeIgnoresCase() throws UnknownHostException {
        assertThat(strict.refusal(URI.create("HTTPS://203.0.113.10/hook"))).isEmpty();
    }

    @Test
    @DisplayName("a URL without a host is refused")
    void refusesMissingHost() throws UnknownHostException {
        assertThat(strict.refusal(URI.create("http:///hook"))).get().asString().contains("no valid host");
        assertThat(strict.refusal(URI.create("http://bad_host_name/hook"))).get().asString().contains("no valid host");
    }

    @Test
    @DisplayName("where private targets are allowed, loopback and private addresses pass")
    void allowsPrivateWhenConfigured() throws UnknownHostException {
        assertThat(lenient.refusal(URI.create("http://127.0.0.1:8080/hook"))).isEmpty();
        assertThat(lenient.refusal(URI.create("http://10.1.2.3/hook"))).isEmpty();
    }
}
