package org.lvzhi.adapter.notification.mail;

import io.micronaut.context.annotation.ConfigurationInject;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.nio.file.Path;

/**
 * How e-mail leaves the platform. With an SMTP {@code host} it is sent through that relay (authenticating when a
 * {@code username} is set, STARTTLS required when {@code starttls} is on); without one — the embedded default —
 * each message is written as an .eml file into the {@code mailbox} directory, where a developer can open it.
 */
@ConfigurationProperties("lvzhi.notification.mail")
public record MailSettings(
        @Nullable String host,
        int port,
        @Nullable String username,
        @Nullable String password,
        boolean starttls,
        String from,
        Path mailbox) {

    static final int DEFAULT_PORT = 25;
    static final String DEFAULT_FROM = "履职平台 <noreply@lvzhi.local>";

    // Binds the configuration. The mailbox default depends on another setting, which neither @Bindable
    // defaults nor nested placeholders can express.
    @ConfigurationInject
    MailSettings(@Nullable String host,
                 @Bindable(defaultValue = "" + DEFAULT_PORT) int port,
                 @Nullable String username,
                 @Nullable String password,
                 @Bindable(defaultValue = "false") boolean starttls,
                 @Bindable(defaultValue = DEFAULT_FROM) String from,
                 @Nullable Path mailbox,
                 @Value("${lvzhi.data-dir:./data}") Path dataDir) {
        this(host, port, username, password, starttls, from, mailbox != null ? mailbox : dataDir.resolve("mailbox"));
    }

    /** Whether mail goes out over SMTP rather than into the mailbox directory. */
    public boolean smtp() {
        return host != null && !host.isBlank();
    }

    @Override
    public String toString() {
        return "MailSettings[host=" + host + ", port=" + port + ", username=" + username
                + ", password=" + (password == null ? null : "****") + ", starttls=" + starttls
                + ", from=" + from + ", mailbox=" + mailbox + "]";
    }
}
