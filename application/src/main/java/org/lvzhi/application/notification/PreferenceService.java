package org.lvzhi.application.notification;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import org.lvzhi.application.notification.port.in.PreferenceUseCases;
import org.lvzhi.application.notification.port.out.Channel;
import org.lvzhi.application.notification.port.out.Mute;
import org.lvzhi.application.notification.port.out.MutePort;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Messages;

@Singleton
class PreferenceService implements PreferenceUseCases {

    private static final Messages MESSAGES = Messages.of(PreferenceService.class);
    private static final int MAX_EVENT_LENGTH = 100;

    private final TransactionPort transactions;
    private final MutePort mutes;
    private final NotificationTemplates templates;
    private final Clock clock;

    PreferenceService(TransactionPort transactions, MutePort mutes, NotificationTemplates templates, Clock clock) {
        this.transactions = transactions;
        this.mutes = mutes;
        this.templates = templates;
        this.clock = clock;
    }

    @Override
    public List<Mute> mutes(ActingCaller caller) {
        return transactions.readInCongress(caller.congress(), () -> mutes.mutes(caller.subject()));
    }

    @Override
    public void mute(ActingCaller caller, String event, String channel) {
        Mute mute = parse(event, channel);
        transactions.inCongress(caller.congress(), () -> {
            if (templates.mandatory(caller.congress(), mute.event(), LegalDate.today(clock))) {
                throw MESSAGES.violation("event", "mute.mandatory", mute.event());
            }
            mutes.mute(caller.subject(), mute);
            return null;
        });
    }

    @Override
    public void unmute(ActingCaller caller, String event, String channel) {
        Mute mute = parse(event, channel);
        transactions.inCongress(caller.congress(), () -> {
            mutes.unmute(caller.subject(), mute);
            return null;
        });
    }

    private static Mute parse(String event, String channel) {
        Channel parsed = Checks.oneOf("channel", Channel.class, channel);
        if (parsed == Channel.WEBHOOK) {
            throw MESSAGES.violation("channel", "mute.webhook");
        }
        return new Mute(Checks.text("event", event, MAX_EVENT_LENGTH), parsed);
    }
}
