package org.lvzhi.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lvzhi.domain.shared.Name;

class ChineseNameTest {

    @ParameterizedTest(name = "{0}: family name {1}, given name {2}")
    @DisplayName("the family name is the first character, or the compound surname, and the display name is whole")
    @CsvSource({
            "马建国, 马, 建国",
            "欧阳修, 欧阳, 修",
            "司马光, 司马, 光",
            "诸葛亮, 诸葛, 亮",
            "上官婉儿, 上官, 婉儿",
            "才让卓玛, 才, 让卓玛",
            "欧阳, 欧, 阳",
            "王, 王, ''",
            "Anna Li, Anna Li, ''"})
    void splits(String whole, String family, String given) {
        ChineseName name = new ChineseName(new Name(whole));

        assertThat(name.family()).isEqualTo(family);
        assertThat(name.given()).isEqualTo(given);
        assertThat(name.display()).isEqualTo(whole);
    }
}
