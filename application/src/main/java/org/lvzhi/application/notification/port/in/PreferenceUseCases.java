package org.lvzhi.application.notification.port.in;

import java.util.List;
import org.lvzhi.application.notification.port.out.Mute;
import org.lvzhi.application.shared.ActingCaller;

/** The caller's own notification preferences in the congress they act in. */
public interface PreferenceUseCases {

    List<Mute> mutes(ActingCaller caller);

    /** Mutes a channel for an event type; refused for a notification the congress's profile marks mandatory. */
    void mute(ActingCaller caller, String event, String channel);

    void unmute(ActingCaller caller, String event, String channel);
}
