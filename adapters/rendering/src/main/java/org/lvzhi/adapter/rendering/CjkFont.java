package org.lvzhi.adapter.rendering;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the embeddable Chinese TrueType font is: the configured file first, then WenQuanYi Zen Hei / Micro Hei as
 * Debian installs them ({@code fonts-wqy-zenhei}: GPL-2 with the font embedding exception, so a PDF may carry it).
 * CFF-outlined OpenType fonts (Noto CJK) are not candidates: PDFBox embeds TrueType outlines only.
 */
final class CjkFont {

    static final List<Path> CANDIDATES = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"));

    private CjkFont() {
    }

    static Path find(Optional<String> configured) {
        List<Path> tried = new ArrayList<>();
        configured.filter(s -> !s.isBlank()).map(Path::of).ifPresent(tried::add);
        tried.addAll(CANDIDATES);
        return tried.stream().filter(Files::isReadable).findFirst().orElseThrow(() -> new IllegalStateException(
                "No embeddable Chinese TrueType font found for the PDF duty report; tried " + tried
                        + ". Install Debian's fonts-wqy-zenhei or set lvzhi.rendering.font to a .ttf/.ttc file."));
    }

    static boolean isCollection(Path font) {
        return font.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc");
    }
}
