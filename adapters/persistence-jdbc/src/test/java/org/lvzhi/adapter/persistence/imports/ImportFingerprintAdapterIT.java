package org.lvzhi.adapter.persistence.imports;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.persistence.testing.TenantIT;
import org.lvzhi.application.imports.port.out.ImportKind;
import org.lvzhi.application.imports.port.out.ImportFingerprintPort;

class ImportFingerprintAdapterIT extends TenantIT {

    /** A fingerprint as the import makes them: SHA-256 in hexadecimal. */
    private static final String WANG_WU = sha("王五|1980-01-01");

    @Inject ImportFingerprintPort fingerprints;

    @Test
    @DisplayName("a row's fingerprint is remembered once per kind, and known only to its own congress")
    void rememberedOncePerKind() {
        boolean first = in(() -> fingerprints.remember(ImportKind.DEPUTIES, WANG_WU, "deputy-1", "staff"));
        boolean again = in(() -> fingerprints.remember(ImportKind.DEPUTIES, WANG_WU, "deputy-2", "staff"));
        boolean otherKind = in(() -> fingerprints.remember(ImportKind.DUTY_RECORDS, WANG_WU, "record-1", "staff"));
        boolean otherCongress = in(other, () -> fingerprints.remember(ImportKind.DEPUTIES, WANG_WU, "deputy-9", "staff"));

        assertThat(first).isTrue();
        assertThat(again).isFalse();
        assertThat(otherKind).isTrue();
        assertThat(otherCongress).isTrue();
        assertThat(read(() -> fingerprints.imported(ImportKind.DEPUTIES, List.of(WANG_WU, sha("unknown")))))
                .containsExactly(WANG_WU);
    }

    @Test
    @DisplayName("the fingerprints of a large file are looked up in batches, every known one found")
    void largeLookupAcrossBatches() {
        List<String> known = IntStream.range(0, 12_000).filter(i -> i % 1_000 == 7).mapToObj(i -> sha("row-" + i)).toList();
        run(() -> known.forEach(fingerprint -> fingerprints.remember(ImportKind.DUTY_RECORDS, fingerprint, "id", "staff")));
        List<String> file = IntStream.range(0, 12_000).mapToObj(i -> sha("row-" + i)).toList();

        Set<String> found = read(() -> fingerprints.imported(ImportKind.DUTY_RECORDS, file));

        assertThat(found).containsExactlyInAnyOrderElementsOf(known);
        assertThat(read(other, () -> fingerprints.imported(ImportKind.DUTY_RECORDS, file))).isEmpty();
        assertThat(read(() -> fingerprints.imported(ImportKind.DEPUTIES, file))).isEmpty();
    }

    private static String sha(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
