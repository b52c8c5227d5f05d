package org.lvzhi.adapter.console;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.lvzhi.application.policy.port.out.ProfileAuditEntry;

/** A saved version in the audit list: which, who saved it, when (Beijing time), and what changed. */
public record AuditRow(int version, String savedBy, String savedAt, String changes) {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    static AuditRow of(ProfileAuditEntry entry) {
        return new AuditRow(entry.version(), entry.savedBy(), MINUTE.format(entry.savedAt()), String.join("；", entry.changes()));
    }
}
