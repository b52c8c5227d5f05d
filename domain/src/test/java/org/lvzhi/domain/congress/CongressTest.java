package org.lvzhi.domain.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.domain.shared.ViolationAssertions.violationOf;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.shared.Name;
import org.lvzhi.domain.shared.Violation;

class CongressTest {

    private static final Congress BEIJING = root("beijing", "北京市人大", Level.PROVINCE);
    private static final Congress XINING = root("xining", "西宁市人大", Level.CITY);
    private static final Congress DATONG = root("qh-datong", "大通县人大", Level.COUNTY);

    @Test
    @DisplayName("a congress may be founded without a parent on the platform")
    void withoutParent() {
        Congress congress = Congress.found(new CongressId("qinghai"), new Name("青海省人大"), Level.PROVINCE, Optional.empty());

        assertThat(congress.parent()).isEmpty();
        assertThat(congress.level()).isEqualTo(Level.PROVINCE);
    }

    @Test
    @DisplayName("a city congress may have a province congress as its parent")
    void provinceParentOfCity() {
        assertThat(child("qh-xining", Level.CITY, root("qinghai", "青海省人大", Level.PROVINCE)).parent())
                .contains(new CongressId("qinghai"));
    }

    @Test
    @DisplayName("a municipality's district congress may have the province-level congress as its parent")
    void provinceParentOfCounty() {
        assertThat(child("bj-dongcheng", Level.COUNTY, BEIJING).parent()).contains(BEIJING.id());
    }

    @Test
    @DisplayName("a county congress may not have a county congress as its parent")
    void sameLevelParentIsRefused() {
        Violation violation = violationOf(() -> child("qh-huangzhong", Level.COUNTY, DATONG));

        assertThat(violation.field()).isEqualTo("parentId");
        assertThat(violation.message()).isEqualTo("上级人大“大通县人大”的层级（县级）须高于本级（县级）");
    }

    @Test
    @DisplayName("a city congress may not have a county congress as its parent")
    void lowerLevelParentIsRefused() {
        Violation violation = violationOf(() -> child("qh-haidong", Level.CITY, DATONG));

        assertThat(violation.field()).isEqualTo("parentId");
        assertThat(violation.message()).contains("须高于本级");
    }

    @Test
    @DisplayName("a province congress may not have a city congress as its parent")
    void cityParentOfProvinceIsRefused() {
        assertThat(violationOf(() -> child("qinghai", Level.PROVINCE, XINING)).field()).isEqualTo("parentId");
    }

    @Test
    @DisplayName("a congress may not be its own parent")
    void selfParentIsRefused() {
        assertThat(violationOf(() -> child("beijing", Level.COUNTY, BEIJING)))
                .isEqualTo(new Violation("parentId", "上级人大不能是本级人大自身"));
    }

    @Test
    @DisplayName("a congress's parent reference is required, even when empty")
    void parentReferenceIsRequired() {
        assertThat(violationOf(() -> new Congress(new CongressId("qinghai"), new Name("青海省人大"), Level.PROVINCE, null)))
                .isEqualTo(new Violation("parentId", "必填"));
    }

    @Test
    @DisplayName("a congress's level is required")
    void levelIsRequired() {
        assertThat(violationOf(() -> new Congress(new CongressId("qinghai"), new Name("青海省人大"), null, Optional.empty())))
                .isEqualTo(new Violation("level", "必填"));
    }

    private static Congress root(String id, String name, Level level) {
        return Congress.found(new CongressId(id), new Name(name), level, Optional.empty());
    }

    private static Congress child(String id, Level level, Congress parent) {
        return Congress.found(new CongressId(id), new Name("某人大"), level, Optional.of(parent));
    }
}
