package org.lvzhi.adapter.rendering;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CjkFontTest {

    @Test
    void aMissingConfiguredFontFallsBackOrFailsClearly() {
        boolean installed = CjkFont.CANDIDATES.stream().anyMatch(java.nio.file.Files::isReadable);
        if (!installed) {
            assertThatThrownBy(() -> CjkFont.find(Optional.of("/nowhere/font.ttf"))).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("fonts-wqy-zenhei").hasMessageContaining("/nowhere/font.ttf");
        } else {
            org.assertj.core.api.Assertions.assertThat(CjkFont.find(Optional.of("/nowhere/font.ttf"))).isIn(CjkFont.CANDIDATES);
        }
    }
}
