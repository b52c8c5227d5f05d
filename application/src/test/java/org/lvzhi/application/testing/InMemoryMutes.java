package org.lvzhi.application.testing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.lvzhi.application.notification.port.out.Channel;
import org.lvzhi.application.notification.port.out.Mute;
import org.lvzhi.application.notification.port.out.MutePort;

/** What people muted, by login (one congress's). */
public final class InMemoryMutes implements MutePort {

    private final Map<String, List<Mute>> mutes = new LinkedHashMap<>();

    @Override
    public Set<Channel> mutedChannels(String login, String event) {
        return mutes(login).stream().filter(m -> m.event().equals(event)).map(Mute::channel)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Channel.class)));
    }

    @Override
    public List<Mute> mutes(String login) {
        return List.copyOf(mutes.getOrDefault(login, List.of()));
    }

    @Override
    public void mute(String login, Mute mute) {
        List<Mute> own = mutes.computeIfAbsent(login, l -> new ArrayList<>());
        if (!own.contains(mute)) {
            own.add(mute);
        }
    }

    @Override
    public void unmute(String login, Mute mute) {
        mutes.getOrDefault(login, new ArrayList<>()).remove(mute);
    }
}
