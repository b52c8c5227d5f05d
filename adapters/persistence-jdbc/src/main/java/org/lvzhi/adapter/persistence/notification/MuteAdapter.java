package org.lvzhi.adapter.persistence.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.lvzhi.application.notification.port.out.Channel;
import org.lvzhi.application.notification.port.out.Mute;
import org.lvzhi.application.notification.port.out.MutePort;

/** Muted channels in {@code notification_preference}, for the acting congress. */
@Singleton
class MuteAdapter implements MutePort {

    private final JdbcOperations jdbc;

    MuteAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Channel> mutedChannels(String login, String event) {
        Set<Channel> muted = EnumSet.noneOf(Channel.class);
        mutes(login).stream().filter(m -> m.event().equals(event)).forEach(m -> muted.add(m.channel()));
        return muted;
    }

    @Override
    public List<Mute> mutes(String login) {
        return jdbc.prepareStatement("SELECT event, channel FROM notification_preference WHERE login = ? ORDER BY event, channel",
                statement -> {
                    statement.setString(1, login);
                    try (var rows = statement.executeQuery()) {
                        List<Mute> mutes = new ArrayList<>();
                        while (rows.next()) {
                            mutes.add(new Mute(rows.getString(1), Channel.valueOf(rows.getString(2))));
                        }
                        return mutes;
                    }
                });
    }

    @Override
    public void mute(String login, Mute mute) {
        change("INSERT INTO notification_preference (login, event, channel) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", login, mute);
    }

    @Override
    public void unmute(String login, Mute mute) {
        change("DELETE FROM notification_preference WHERE login = ? AND event = ? AND channel = ?", login, mute);
    }

    private void change(String sql, String login, Mute mute) {
        jdbc.prepareStatement(sql, statement -> {
            statement.setString(1, login);
            statement.setString(2, mute.event());
            statement.setString(3, mute.channel().name());
            return statement.executeUpdate();
        });
    }
}
