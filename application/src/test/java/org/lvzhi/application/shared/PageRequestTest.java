package org.lvzhi.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.application.testing.ViolationAssertions.violationOf;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.shared.Violation;

class PageRequestTest {

    @Test
    @DisplayName("without page or size the first page of 20 is asked for")
    void defaults() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(0, 20));
    }

    @Test
    @DisplayName("a page of 200 items is the largest allowed")
    void maxSizeAllowed() {
        assertThat(PageRequest.of(3, 200).offset()).isEqualTo(600);
    }

    @Test
    @DisplayName("a page of 201 items is refused on size")
    void sizeAboveMaxIsRefused() {
        Violation violation = violationOf(() -> PageRequest.of(0, 201));

        assertThat(violation.field()).isEqualTo("size");
        assertThat(violation.message()).contains("200");
    }

    @Test
    @DisplayName("a page of no items is refused on size")
    void zeroSizeIsRefused() {
        assertThat(violationOf(() -> PageRequest.of(0, 0)).field()).isEqualTo("size");
    }

    @Test
    @DisplayName("page -1 is refused on page")
    void negativePageIsRefused() {
        assertThat(violationOf(() -> PageRequest.of(-1, null)).field()).isEqualTo("page");
    }
}
