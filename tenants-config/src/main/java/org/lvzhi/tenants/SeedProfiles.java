package org.lvzhi.tenants;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The profiles shipped in {@code tenants/profiles}: the statutory baseline first, then each seed congress. */
public final class SeedProfiles {

    public static final List<String> OWNERS = List.of("baseline", "qinghai", "hunan", "bj-dongcheng", "sh-jiading");

    private SeedProfiles() {
    }

    /** The document text of an owner's shipped profile. */
    public static String document(String owner) {
        String resource = "tenants/profiles/" + owner + ".yml";
        try (InputStream in = SeedProfiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException(resource + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
