package org.lvzhi.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.suggestion.Suggestion;
import org.lvzhi.domain.suggestion.SuggestionId;
import org.lvzhi.domain.suggestion.SuggestionState;

/** The clock a suggestion's line and page show: the reply's while handled, the feedback's once replied, overdue in red. */
class SuggestionClockTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    @DisplayName("a reply due yesterday is overdue by a day; one due today is due today; one due in ten days has ten left")
    void replyClock() {
        assertThat(SuggestionClock.of(suggestion(SuggestionState.ASSIGNED, TODAY.minusDays(1), null), TODAY))
                .contains(new SuggestionClock("答复期限", "2026年12月2日", "已逾期 1 天", true));
        assertThat(SuggestionClock.of(suggestion(SuggestionState.REASSIGNED, TODAY, null), TODAY))
                .contains(new SuggestionClock("答复期限", "2026年12月3日", "今天到期", false));
        assertThat(SuggestionClock.of(suggestion(SuggestionState.ASSIGNED, TODAY.plusDays(10), null), TODAY))
                .contains(new SuggestionClock("答复期限", "2026年12月13日", "还剩 10 天", false));
    }

    @Test
    @DisplayName("once replied the deputy's feedback clock runs where the profile has one; a closed suggestion runs none")
    void feedbackClockThenNone() {
        assertThat(SuggestionClock.of(suggestion(SuggestionState.REPLIED, null, TODAY.plusDays(30)), TODAY))
                .contains(new SuggestionClock("反馈期限", "2027年1月2日", "还剩 30 天", false));
        assertThat(SuggestionClock.of(suggestion(SuggestionState.REPLIED, null, null), TODAY)).isEmpty();
        assertThat(SuggestionClock.of(suggestion(SuggestionState.CLOSED, null, null), TODAY)).isEmpty();
    }

    private static Suggestion suggestion(SuggestionState state, LocalDate replyDue, LocalDate feedbackDue) {
        return new Suggestion(new SuggestionId(UUID.randomUUID()), new TermId(UUID.randomUUID()), new DeputyId(UUID.randomUUID()),
                List.of(), "关于加快农村饮水安全工程建设的建议", "建议加快工程建设。", state, 1, List.of(), false,
                Optional.of(TODAY.minusMonths(1)), Optional.ofNullable(replyDue), Optional.ofNullable(feedbackDue), Optional.empty(),
                List.of());
    }
}
