package org.lvzhi.application.access;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.lvzhi.application.access.port.in.AccessPolicy;
import org.lvzhi.application.account.port.in.AccountAccess;
import org.lvzhi.application.archive.port.in.ArchiveAccess;
import org.lvzhi.application.attendance.port.in.AttendanceAccess;
import org.lvzhi.application.calendar.port.in.CalendarAccess;
import org.lvzhi.application.congress.port.in.CongressAccess;
import org.lvzhi.application.deadline.port.in.DeadlineAccess;
import org.lvzhi.application.deputy.port.in.DeputyAccess;
import org.lvzhi.application.duty.port.in.DutyAccess;
import org.lvzhi.application.imports.port.in.ImportAccess;
import org.lvzhi.application.matter.port.in.MatterAccess;
import org.lvzhi.application.motion.port.in.MotionAccess;
import org.lvzhi.application.notification.port.in.NotificationAccess;
import org.lvzhi.application.policy.port.in.PolicyAccess;
import org.lvzhi.application.report.port.in.ReportAccess;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.Grants;
import org.lvzhi.application.statistics.port.in.StatisticsAccess;
import org.lvzhi.application.suggestion.port.in.SuggestionAccess;

/** The grants of every context, as their access classes write them; a new context's access class is listed here. */
@Singleton
class ContextAccessPolicy implements AccessPolicy {

    private final Map<String, Set<AccessRole>> roles = new HashMap<>();

    ContextAccessPolicy() {
        Stream.of(AccountAccess.GRANTS, ArchiveAccess.GRANTS, AttendanceAccess.GRANTS, CalendarAccess.GRANTS,
                        CongressAccess.GRANTS, DeadlineAccess.GRANTS, DeputyAccess.GRANTS, DutyAccess.GRANTS,
                        ImportAccess.GRANTS, MatterAccess.GRANTS, MotionAccess.GRANTS, NotificationAccess.GRANTS,
                        PolicyAccess.GRANTS, ReportAccess.GRANTS, StatisticsAccess.GRANTS, SuggestionAccess.GRANTS)
                .map(Grants::asMap)
                .forEach(grants -> grants.forEach((code, allowed) -> {
                    if (roles.putIfAbsent(code, allowed) != null) {
                        throw new IllegalStateException("two contexts grant " + code);
                    }
                }));
    }

    @Override
    public Optional<Set<AccessRole>> rolesFor(String code) {
        return Optional.ofNullable(roles.get(code));
    }

    @Override
    public Set<String> codes() {
        return Set.copyOf(roles.keySet());
    }
}
