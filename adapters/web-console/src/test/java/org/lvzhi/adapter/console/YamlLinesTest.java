package org.lvzhi.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class YamlLinesTest {

    private static final String PROFILE = """
            profile: hunan
            rules:
              - rule: HN-1
                quota:
                  counts: [INSPECTION, NO_SUCH_TYPE]
                  minimum: -1
              - rule: HN-2
                kind: QUOTA
            """;

    @Test
    @DisplayName("a pointer into a rule's block, and into a flow list, names the line of that value")
    void pointerToItsLine() {
        YamlLines lines = YamlLines.of(PROFILE);

        assertThat(lines.line("/rules/0/quota/minimum")).isEqualTo(6);
        assertThat(lines.line("/rules/0/quota/counts/1")).isEqualTo(5);
        assertThat(lines.line("/rules/1/kind")).isEqualTo(8);
    }

    @Test
    @DisplayName("a pointer past what is written (a missing field) names the nearest part that is; the whole document is line 1")
    void missingFieldAtItsParent() {
        YamlLines lines = YamlLines.of(PROFILE);

        assertThat(lines.line("/rules/1/quota")).isEqualTo(7);
        assertThat(lines.line("")).isEqualTo(1);
    }

    @Test
    @DisplayName("a document that does not parse has its problems at the line where parsing failed")
    void unparsableAtTheFailure() {
        assertThat(YamlLines.of("profile: hunan\nrules:\n  - rule: [HN-1\n").line("/rules")).isEqualTo(4);
    }
}
