package org.lvzhi.domain.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.domain.shared.ViolationAssertions.violationOf;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.shared.Name;
import org.lvzhi.domain.shared.Violation;

class OrganisationUnitTest {

    @Test
    @DisplayName("a unit's address is trimmed")
    void addressIsTrimmed() {
        assertThat(unit(Optional.of("  西宁市城中区  ")).address()).contains("西宁市城中区");
    }

    @Test
    @DisplayName("a unit's address may have 200 characters")
    void addressOfTwoHundredIsAccepted() {
        assertThat(unit(Optional.of("路".repeat(200))).address()).hasValueSatisfying(a -> assertThat(a).hasSize(200));
    }

    @Test
    @DisplayName("a unit's address may not exceed 200 characters")
    void addressOverTwoHundredIsRefused() {
        Violation violation = violationOf(() -> unit(Optional.of("路".repeat(201))));

        assertThat(violation.field()).isEqualTo("address");
        assertThat(violation.message()).contains("不能超过 200 个字符");
    }

    @Test
    @DisplayName("a unit's address, when given, may not be blank")
    void blankAddressIsRefused() {
        assertThat(violationOf(() -> unit(Optional.of("  ")))).isEqualTo(new Violation("address", "不能为空"));
    }

    @Test
    @DisplayName("a unit's kind is required")
    void kindIsRequired() {
        assertThat(violationOf(() -> new OrganisationUnit(UnitId.random(), null, new Name("城中区代表团"), Optional.empty())))
                .isEqualTo(new Violation("kind", "必填"));
    }

    @Test
    @DisplayName("renaming a unit keeps its id and kind")
    void renameKeepsIdAndKind() {
        OrganisationUnit unit = unit(Optional.empty());

        OrganisationUnit renamed = unit.rename(new Name("城东区代表团"), Optional.of("城东区"));

        assertThat(renamed.id()).isEqualTo(unit.id());
        assertThat(renamed.kind()).isEqualTo(unit.kind());
        assertThat(renamed.name()).isEqualTo(new Name("城东区代表团"));
        assertThat(unit.name()).isEqualTo(new Name("城中区代表团"));
    }

    private static OrganisationUnit unit(Optional<String> address) {
        return new OrganisationUnit(UnitId.random(), UnitKind.DELEGATION, new Name("城中区代表团"), address);
    }
}
