package org.lvzhi.domain.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.DeputyId;

class NearDuplicatesTest {

    private static final TermId TERM = TermId.random();
    private static final SuggestionAction.Acting DEPUTY = new SuggestionAction.Acting("deputy", Instant.EPOCH, LocalDate.of(2026, 1, 20));

    @Test
    @DisplayName("HN-5: two deputies' titles on rural drinking water, worded differently, are proposed for merging")
    void sameMatterOtherWords() {
        Suggestion water = suggestion("关于加快农村饮水安全工程建设的建议", "建议加大省级财政投入，加快农村饮水安全巩固提升工程建设。");
        Suggestion alike = suggestion("关于加快推进农村饮水安全工程建设的建议", "我省部分山区农村饮水仍不稳定，建议统筹资金推进工程。");

        var candidates = NearDuplicates.of(water, List.of(alike));

        assertThat(candidates).extracting(c -> c.suggestion().id()).containsExactly(alike.id());
        assertThat(candidates.getFirst().titleSimilarity()).isGreaterThan(0.7);
    }

    @Test
    @DisplayName("suggestions sharing only common words (农村, 加强) are not proposed")
    void differentMattersSharingWords() {
        Suggestion water = suggestion("关于加快农村饮水安全工程建设的建议", "建议加快农村饮水安全巩固提升工程建设。");
        Suggestion children = suggestion("关于加强农村留守儿童关爱保护的建议", "建议健全农村留守儿童关爱服务体系。");
        Suggestion river = suggestion("关于加强湘江流域水污染治理的建议", "建议建立湘江流域上下游生态补偿机制。");

        assertThat(NearDuplicates.of(water, List.of(children, river))).isEmpty();
        assertThat(NearDuplicates.similarity(NearDuplicates.title(water.title()), NearDuplicates.title(children.title())))
                .isLessThan(0.1);
    }

    @Test
    @DisplayName("the same text with other punctuation and spacing, or under another title, is proposed")
    void sameContentUnderAnotherTitle() {
        String text = "建议规范校外培训机构收费行为，建立预收费资金监管制度，防止“退费难”。";
        Suggestion first = suggestion("关于规范校外培训机构收费管理的建议", text);
        Suggestion second = suggestion("关于加强教育培训市场监管的意见", " 建议规范校外培训机构收费行为；建立预收费资金监管制度，防止退费难 ");
        Suggestion third = suggestion("关于进一步规范校外培训机构管理的建议", "建议加强对培训机构师资资质的审核。");

        var candidates = NearDuplicates.of(first, List.of(second, third));

        assertThat(candidates).extracting(c -> c.suggestion().id()).containsExactly(second.id(), third.id());
        assertThat(candidates.getFirst().contentSimilarity()).isEqualTo(1.0);
    }

    @Test
    @DisplayName("a suggestion of another term, or the suggestion itself, is never a candidate")
    void otherTermAndItself() {
        Suggestion water = suggestion("关于加快农村饮水安全工程建设的建议", "建议加快工程建设。");
        Suggestion earlier = Suggestion.draft(TermId.random(), DeputyId.random(), List.of(), water.title(), water.content(), DEPUTY);

        assertThat(NearDuplicates.of(water, List.of(water, earlier))).isEmpty();
    }

    private static Suggestion suggestion(String title, String content) {
        return Suggestion.draft(TERM, DeputyId.random(), List.of(), title, content, DEPUTY);
    }
}
