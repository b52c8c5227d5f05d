package org.lvzhi.application.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.lvzhi.application.imports.port.out.ImportKind;

/**
 * The fingerprint of an imported row: SHA-256 over the kind and the row's normalised identity (what it
 * resolved to: the deputy's id, the type's code, the ISO date…), so the same fact spelled differently in
 * another file is still recognised.
 */
final class Fingerprints {

    private static final char SEPARATOR = '\u001F';

    private Fingerprints() {
    }

    static String of(ImportKind kind, List<String> identity) {
        StringBuilder text = new StringBuilder(kind.name());
        identity.forEach(part -> text.append(SEPARATOR).append(normalise(part)));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }

    /** Inner runs of white space as one space, full-width spaces included; letters in lower case. */
    static String normalise(String part) {
        return part.replace('\u3000', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
