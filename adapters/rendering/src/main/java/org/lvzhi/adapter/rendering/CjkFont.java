package org.lvzhi.adapter.rendering;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The embeddable Chinese TrueType font for PDFs: the configured file first, then WenQuanYi Zen Hei / Micro Hei as
 * Debian installs them, else the WenQuanYi Micro Hei the platform ships (Apache-2.0, see
 * {@code fonts/wqy-microhei-COPYRIGHT.txt}), so a PDF can always be made. CFF-outlined OpenType fonts (Noto CJK) are
 * not candidates: PDFBox embeds TrueType outlines only.
 */
final class CjkFont {

    static final List<Path> INSTALLED = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"));
    static final String SHIPPED = "/fonts/wqy-microhei.ttc";

    private static volatile Path shipped;

    private CjkFont() {
    }

    static Path find(Optional<String> configured) {
        List<Path> candidates = new ArrayList<>();
        configured.filter(s -> !s.isBlank()).map(Path::of).ifPresent(candidates::add);
        candidates.addAll(INSTALLED);
        return candidates.stream().filter(Files::isReadable).findFirst().orElseGet(CjkFont::shipped);
    }

    static boolean isCollection(Path font) {
        return font.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc");
    }

    /** PDFBox reads a collection from a file: the shipped one is copied out of the jar once per process. */
    private static Path shipped() {
        if (shipped == null) {
            synchronized (CjkFont.class) {
                if (shipped == null) {
                    shipped = extract();
                }
            }
        }
        return shipped;
    }

    private static Path extract() {
        try (InputStream font = CjkFont.class.getResourceAsStream(SHIPPED)) {
            if (font == null) {
                throw new IllegalStateException("the shipped font " + SHIPPED + " is missing from the rendering module");
            }
            Path file = Files.createTempFile("lvzhi-wqy-microhei", ".ttc");
            file.toFile().deleteOnExit();
            Files.copy(font, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the shipped font out of the jar", e);
        }
    }
}
