package org.lvzhi.domain.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.domain.shared.ViolationAssertions.violationOf;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lvzhi.domain.shared.Violation;

class CongressIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"qinghai", "bj-dongcheng", "sh-jiading", "ab", "a1", "gd-sz-nanshan2"})
    @DisplayName("a lowercase slug starting with a letter is a congress id")
    void validSlugsAreAccepted(String slug) {
        assertThat(new CongressId(slug).value()).isEqualTo(slug);
    }

    @Test
    @DisplayName("a congress id of 40 characters is accepted")
    void fortyCharactersAreAccepted() {
        assertThat(new CongressId("a".repeat(40)).value()).hasSize(40);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Qinghai",          // uppercase
        "BJ-DONGCHENG",     // uppercase
        "1qinghai",         // leading digit
        "-qinghai",         // leading hyphen
        "qinghai-",         // trailing hyphen
        "bj--dongcheng",    // double hyphen
        "q",                // one character
        "bj_dongcheng",     // underscore
        "bj dongcheng",     // space
        "qīnghǎi",          // non-ASCII letters
        "",                 // empty
    })
    @DisplayName("anything but a lowercase slug is refused as a congress id")
    void invalidSlugsAreRefused(String slug) {
        Violation violation = violationOf(() -> new CongressId(slug));

        assertThat(violation.field()).isEqualTo("id");
        assertThat(violation.message()).contains("小写字母、数字和连字符").contains("2–40 位");
    }

    @Test
    @DisplayName("a congress id longer than 40 characters is refused")
    void fortyOneCharactersAreRefused() {
        assertThat(violationOf(() -> new CongressId("a".repeat(41))).field()).isEqualTo("id");
    }

    @Test
    @DisplayName("a congress id is required")
    void nullIsRefused() {
        assertThat(violationOf(() -> new CongressId(null))).isEqualTo(new Violation("id", "必填"));
    }

    @Test
    @DisplayName("a congress id prints as its slug")
    void printsAsSlug() {
        assertThat(new CongressId("bj-dongcheng")).hasToString("bj-dongcheng");
    }
}
