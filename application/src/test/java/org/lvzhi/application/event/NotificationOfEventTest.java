package org.lvzhi.application.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.deputy.event.DeputyStatusChanged;
import org.lvzhi.application.suggestion.event.AboutSuggestion;
import org.lvzhi.application.suggestion.event.SuggestionUrged;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.DeputyStatus;
import org.lvzhi.domain.suggestion.SuggestionId;
import org.lvzhi.domain.suggestion.SuggestionState;

class NotificationOfEventTest {

    private static final CongressId HUNAN = new CongressId("hunan");

    /** An event with what the typed ones carry: an enumerated value, an absent date, a number, a flag. */
    public record ProbeEvent(DeputyStatus status, Optional<LocalDate> dueOn, Optional<LocalDate> assignedOn, int round,
                             boolean complex) implements Event {

        @Override
        public String code() {
            return "probe.happened";
        }
    }

    @Test
    @DisplayName("a template reads labels and an absent value as nothing; the webhook data reads codes and leaves the absent out")
    void textsAndDataFromOneRecord() {
        Notification notification = Notification.of(HUNAN,
                new ProbeEvent(DeputyStatus.RESIGNED, Optional.empty(), Optional.of(LocalDate.of(2025, 3, 20)), 2, true), List.of());

        assertThat(notification.event()).isEqualTo("probe.happened");
        assertThat(notification.variables()).containsOnly(entry("status", "已辞职"), entry("dueOn", ""),
                entry("assignedOn", "2025-03-20"), entry("round", "2"), entry("complex", "true"));
        assertThat(notification.data()).containsOnly(entry("status", "RESIGNED"), entry("assignedOn", "2025-03-20"),
                entry("round", 2), entry("complex", true));
    }

    @Test
    @DisplayName("a deputy's status change names the event by its code and carries both statuses, as labels and as codes")
    void deputyStatusChanged() {
        DeputyId deputy = DeputyId.random();

        Notification notification = Notification.of(HUNAN,
                new DeputyStatusChanged(deputy, "张三", DeputyStatus.RESIGNED, DeputyStatus.ACTIVE, "本人辞职"), List.of());

        assertThat(notification.event()).isEqualTo("deputy.status-changed");
        assertThat(notification.variables()).containsEntry("status", "已辞职").containsEntry("deputyId", deputy.toString());
        assertThat(notification.data()).containsOnly(entry("deputyId", deputy.toString()), entry("name", "张三"),
                entry("status", "RESIGNED"), entry("from", "ACTIVE"), entry("reason", "本人辞职"));
        assertThat(notification.data().values()).doesNotContain("");
    }

    @Test
    @DisplayName("a suggestion event carries what every one says of the suggestion at its top level, without an absent due date")
    void suggestionEventFlattensItsSharedFacts() {
        SuggestionId id = SuggestionId.random();
        AboutSuggestion about = new AboutSuggestion(id, "关于农村道路养护的建议", SuggestionState.ASSIGNED, Optional.empty());

        Notification notification = Notification.of(HUNAN, new SuggestionUrged(about, Optional.empty()), List.of());

        assertThat(notification.event()).isEqualTo("suggestion.urged");
        assertThat(notification.data()).containsOnly(entry("suggestionId", id.toString()), entry("title", "关于农村道路养护的建议"),
                entry("state", "ASSIGNED"));
        assertThat(notification.variables()).containsEntry("state", "已交办").containsEntry("dueOn", "").containsEntry("text", "");
    }
}
