package org.lvzhi.adapter.notification.webhook;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps webhooks from reaching into the platform's own network (server-side request forgery): a tenant's URL
 * must be http(s), and no address its host resolves to may be loopback, link-local (where cloud metadata
 * services live), private, unique-local, any-local, multicast or carrier-grade NAT, unless the deployment
 * allows private targets ({@code lvzhi.notification.webhooks.allow-private-targets}, for tests and closed
 * networks). The HTTP client resolves the host again when it connects, so a host whose DNS answer changes in
 * between is not caught; redirects are not followed, so the answer cannot bounce elsewhere.
 */
@Singleton
public class OutboundAddressGuard {

    private final boolean allowPrivateTargets;

    public OutboundAddressGuard(
            @Value("${lvzhi.notification.webhooks.allow-private-targets:false}") boolean allowPrivateTargets) {
        this.allowPrivateTargets = allowPrivateTargets;
    }

    /**
     * Why the platform must not post to this URL, or empty when it may. Throws {@link UnknownHostException}
     * when the host cannot be resolved (perhaps only for now).
     */
    public Optional<String> refusal(URI url) throws UnknownHostException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("only http and https URLs are allowed, not '" + scheme + "'");
        }
        if (url.getHost() == null || url.getHost().isEmpty()) {
            return Optional.of("the URL has no valid host");
        }
        if (allowPrivateTargets) {
            return Optional.empty();
        }
        return Arrays.stream(InetAddress.getAllByName(url.getHost()))
                .filter(OutboundAddressGuard::internal)
                .findFirst()
                .map(address -> "host " + url.getHost() + " resolves to the non-public address "
                        + address.getHostAddress());
    }

    /** Whether an address belongs to a local, private or otherwise non-public range. */
    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc || embeddedIpv4(bytes).map(OutboundAddressGuard::internal).orElse(false);
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 0                                   // 0.0.0.0/8, "this network": reaches the host itself
                || first == 100 && (second & 0xc0) == 64;   // 100.64.0.0/10, carrier-grade NAT
    }

    /**
     * The IPv4 address inside an IPv4-compatible (::a.b.c.d) or NAT64 (64:ff9b::a.b.c.d) IPv6 address, through
     * which an internal IPv4 address could be reached. (IPv4-mapped addresses already arrive as IPv4.)
     */
    private static Optional<InetAddress> embeddedIpv4(byte[] bytes) {
        byte[] nat64 = {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};
        byte[] prefix = Arrays.copyOf(bytes, 12);
        if (!Arrays.equals(prefix, new byte[12]) && !Arrays.equals(prefix, nat64)) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16)));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }
}
