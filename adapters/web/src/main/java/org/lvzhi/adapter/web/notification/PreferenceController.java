package org.lvzhi.adapter.web.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.lvzhi.adapter.web.shared.PageResponse;
import org.lvzhi.application.notification.port.in.PreferenceUseCases;
import org.lvzhi.application.notification.port.out.Mute;
import org.lvzhi.application.shared.ActingCaller;

/** The caller's muted notification channels: {@code {event, channel}} with channel INBOX or EMAIL. */
@Controller("/api/v1/notification-preferences/mutes")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SerdeImport(Mute.class)
class PreferenceController {

    private final PreferenceUseCases preferences;

    PreferenceController(PreferenceUseCases preferences) {
        this.preferences = preferences;
    }

    /** The caller's muted notification channels. */
    @Get
    PageResponse<Mute> mutes(ActingCaller caller, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return PageResponse.slice(preferences.mutes(caller), page, size, mute -> mute);
    }

    /** Mutes one event on one channel for the caller. */
    @Post
    @Status(HttpStatus.NO_CONTENT)
    void mute(ActingCaller caller, @Body MuteRequest request) {
        preferences.mute(caller, request.event(), request.channel());
    }

    /** Unmutes one event on one channel for the caller. */
    @Delete
    @Status(HttpStatus.NO_CONTENT)
    void unmute(ActingCaller caller, @Body MuteRequest request) {
        preferences.unmute(caller, request.event(), request.channel());
    }

    @Serdeable
    record MuteRequest(@Nullable String event, @Nullable String channel) {
    }
}
