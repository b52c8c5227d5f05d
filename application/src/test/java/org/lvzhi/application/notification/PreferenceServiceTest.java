package org.lvzhi.application.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.application.testing.FakeProfiles.template;
import static org.lvzhi.application.testing.TestData.QINGHAI;
import static org.lvzhi.application.testing.TestData.caller;
import static org.lvzhi.application.testing.ViolationAssertions.violationOf;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.notification.port.out.Channel;
import org.lvzhi.application.notification.port.out.Mute;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.testing.FakeProfiles;
import org.lvzhi.application.testing.InMemoryMutes;
import org.lvzhi.application.testing.InMemoryTransactions;

class PreferenceServiceTest {

    private static final String EVENT = "deputy.status-changed";
    private static final String MANDATORY = "policy-profile.saved";

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryMutes mutes = new InMemoryMutes();
    private final FakeProfiles profiles = FakeProfiles.empty()
            .with(template(MANDATORY, "办法已更新", "请阅读", true), template(EVENT, "状态变更", "{{name}}", false, "name"));
    private final PreferenceService preferences = new PreferenceService(transactions, mutes, new NotificationTemplates(profiles),
            Clock.fixed(Instant.parse("2025-03-01T08:00:00Z"), ZoneOffset.UTC));
    private final ActingCaller zhang = caller("zhangsan", QINGHAI);

    @Test
    @DisplayName("muting a mandatory event is refused on the event")
    void mandatoryCannotBeMuted() {
        assertThat(violationOf(() -> preferences.mute(zhang, MANDATORY, "EMAIL")).field()).isEqualTo("event");
        assertThat(mutes.mutes("zhangsan")).isEmpty();
    }

    @Test
    @DisplayName("muting the webhook channel is refused on the channel")
    void webhookCannotBeMuted() {
        assertThat(violationOf(() -> preferences.mute(zhang, EVENT, "WEBHOOK")).field()).isEqualTo("channel");
        assertThat(mutes.mutes("zhangsan")).isEmpty();
    }

    @Test
    @DisplayName("an unknown channel is refused on the channel")
    void unknownChannelIsRefused() {
        assertThat(violationOf(() -> preferences.mute(zhang, EVENT, "SMS")).field()).isEqualTo("channel");
    }

    @Test
    @DisplayName("a blank event is refused on the event")
    void blankEventIsRefused() {
        assertThat(violationOf(() -> preferences.mute(zhang, " ", "EMAIL")).field()).isEqualTo("event");
    }

    @Test
    @DisplayName("a muted channel is listed until it is unmuted")
    void muteUnmuteRoundTrip() {
        preferences.mute(zhang, EVENT, "EMAIL");
        assertThat(preferences.mutes(zhang)).containsExactly(new Mute(EVENT, Channel.EMAIL));

        preferences.unmute(zhang, EVENT, "EMAIL");
        assertThat(preferences.mutes(zhang)).isEmpty();
    }

    @Test
    @DisplayName("preferences are read and written acting in the caller's congress")
    void actsInTheCallersCongress() {
        preferences.mute(zhang, EVENT, "INBOX");
        preferences.mutes(zhang);

        assertThat(transactions.log()).containsExactly(new InMemoryTransactions.UnitOfWork(QINGHAI, false),
                new InMemoryTransactions.UnitOfWork(QINGHAI, true));
    }
}
