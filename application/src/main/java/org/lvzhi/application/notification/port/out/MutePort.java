package org.lvzhi.application.notification.port.out;

import java.util.List;
import java.util.Set;

/** What people in the acting congress have muted: a channel for an event type. */
public interface MutePort {

    Set<Channel> mutedChannels(String login, String event);

    List<Mute> mutes(String login);

    void mute(String login, Mute mute);

    void unmute(String login, Mute mute);
}
