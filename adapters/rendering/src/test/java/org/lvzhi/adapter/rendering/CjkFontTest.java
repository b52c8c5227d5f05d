package org.lvzhi.adapter.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CjkFontTest {

    @Test
    void aConfiguredFontComesFirst() throws Exception {
        Path configured = Files.createTempFile("configured", ".ttf");

        assertThat(CjkFont.find(Optional.of(configured.toString()))).isEqualTo(configured);
    }

    @Test
    void withoutAConfiguredOrInstalledFontTheShippedOneIsUsed() {
        Path found = CjkFont.find(Optional.of("/nowhere/font.ttf"));

        assertThat(found).isReadable();
        assertThat(CjkFont.isCollection(found)).isTrue();
        assertThat(CjkFont.INSTALLED.contains(found) || found.getFileName().toString().startsWith("lvzhi-wqy-microhei")).isTrue();
        assertThat(CjkFont.class.getResource(CjkFont.SHIPPED)).isNotNull();
    }
}
