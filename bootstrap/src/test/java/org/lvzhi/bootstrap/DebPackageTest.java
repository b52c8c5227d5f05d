package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the .deb ({@code -Pdeb}, built after the tests) installs, read from its sources: a systemd unit that stops the
 * platform in order, its configuration file and its data directory, under a user of its own.
 */
class DebPackageTest {

    private static final Path DEB = Path.of("src/deb");

    @Test
    @DisplayName("the unit runs the jar as user lvzhi with /etc/lvzhi/lvzhi.env, and signals only the JVM so it stops the embedded database last")
    void unit() throws IOException {
        assertThat(Files.readString(DEB.resolve("systemd/lvzhi.service"))).contains(
                "User=lvzhi", "EnvironmentFile=/etc/lvzhi/lvzhi.env", "WorkingDirectory=/var/lib/lvzhi",
                "-jar /usr/share/lvzhi/lvzhi.jar", "KillMode=mixed", "KillSignal=SIGTERM", "SuccessExitStatus=143",
                "ReadWritePaths=/var/lib/lvzhi", "WantedBy=multi-user.target");
    }

    @Test
    @DisplayName("the configuration file points the data directory at /var/lib/lvzhi and names the external database and Redis settings")
    void configuration() throws IOException {
        assertThat(Files.readString(DEB.resolve("etc/lvzhi.env"))).contains(
                "LVZHI_DATA_DIR=/var/lib/lvzhi", "DATASOURCE_URL=", "REDIS_URI=", "LVZHI_SHUTDOWN_DRAIN=", "LVZHI_LOG_FORMAT=JSON", "LVZHI_DEMO=false", "LVZHI_PLATFORM_ADMIN_EMAIL=");
    }

    @Test
    @DisplayName("installing creates the system user and the data directory only it reads, and enables the service; removing never deletes data")
    void maintainerScripts() throws IOException {
        assertThat(Files.readString(DEB.resolve("control/control"))).contains("Package: lvzhi", "Architecture: all", "openjdk-25-jre-headless");
        assertThat(Files.readString(DEB.resolve("control/postinst"))).contains(
                "adduser --system --group", "install -d -o lvzhi -g lvzhi -m 0750 /var/lib/lvzhi", "chmod 0640 /etc/lvzhi/lvzhi.env",
                "systemctl enable lvzhi.service", "systemctl try-restart lvzhi.service");
        assertThat(Files.readString(DEB.resolve("control/postrm"))).doesNotContain("rm -");
        assertThat(DEB.resolve("control/postinst")).isExecutable();
    }
}
