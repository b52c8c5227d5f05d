package org.lvzhi.application.archive;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lvzhi.application.archive.port.in.ArchiveAccess;
import org.lvzhi.application.archive.port.in.ArchiveQueries;
import org.lvzhi.application.archive.port.in.DutyArchive;
import org.lvzhi.application.archive.port.out.ComplianceStanding;
import org.lvzhi.application.archive.port.out.ComplianceStandingPort;
import org.lvzhi.application.archive.port.out.StandingFilter;
import org.lvzhi.application.archive.port.out.SupervisionCasePort;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.application.duty.ArchiveReaders;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.compliance.ComplianceEvaluator;
import org.lvzhi.domain.compliance.PointsCalculator;
import org.lvzhi.domain.compliance.QuotaStatus;
import org.lvzhi.domain.compliance.RecordTallies;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.policy.ActivityType;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.RecordAndConduct;
import org.lvzhi.domain.shared.Messages;

@Singleton
class ArchiveService implements ArchiveQueries {

    private final TransactionPort transactions;
    private final LoadDeputyPort deputies;
    private final DeputyFiles files;
    private final SupervisionCasePort cases;
    private final ComplianceStandingPort standings;
    private final PolicyProfileQueries profiles;

    ArchiveService(TransactionPort transactions, LoadDeputyPort deputies, DeputyFiles files, SupervisionCasePort cases,
            ComplianceStandingPort standings, PolicyProfileQueries profiles) {
        this.transactions = transactions;
        this.deputies = deputies;
        this.files = files;
        this.cases = cases;
        this.standings = standings;
        this.profiles = profiles;
    }

    @Override
    public DutyArchive archive(ActingCaller caller, DeputyId id, LocalDate on) {
        return transactions.readInCongress(caller.congress(), () -> {
            var deputy = deputies.find(id).filter(found -> ArchiveReaders.mayRead(caller, found))
                    .orElseThrow(() -> new NotFound("deputy", id));
            DeputyFile file = files.of(deputy, on);
            EffectiveProfile profile = profiles.effectiveIn(caller.congress(), on);
            return new DutyArchive(deputy, file.term(), byType(file.records(), profile), file.absences(),
                    ComplianceEvaluator.evaluate(profile, file.attributes(), file.term(), on, RecordTallies.of(file.records())),
                    PointsCalculator.score(profile, file.records(), file.absences(), file.term(), on),
                    cases.ofDeputy(id), RecordAndConduct.in(profile));
        });
    }

    @Override
    public Slice<ComplianceStanding> overview(ActingCaller caller, StandingFilter filter, KeysetRequest page) {
        checkOverview(caller);
        return transactions.readInCongress(caller.congress(), () -> standings.list(filter, page));
    }

    @Override
    public Map<QuotaStatus, Long> overviewCounts(ActingCaller caller, StandingFilter filter) {
        checkOverview(caller);
        Map<QuotaStatus, Long> counted = transactions.readInCongress(caller.congress(), () -> standings.countsByStatus(filter));
        Map<QuotaStatus, Long> counts = new EnumMap<>(QuotaStatus.class);
        for (QuotaStatus status : QuotaStatus.values()) {
            counts.put(status, counted.getOrDefault(status, 0L));
        }
        return counts;
    }

    private static void checkOverview(ActingCaller caller) {
        if (!ArchiveAccess.GRANTS.allows(caller, ArchiveAccess.READ_OVERVIEW)) {
            throw new AccessDenied(Messages.of(ArchiveService.class).text("overview.denied"));
        }
    }

    private static List<DutyArchive.RecordsOfType> byType(List<DutyRecord> records, EffectiveProfile profile) {
        Map<String, List<DutyRecord>> grouped = new LinkedHashMap<>();
        records.forEach(record -> grouped.computeIfAbsent(record.type(), type -> new ArrayList<>()).add(record));
        return grouped.entrySet().stream()
                .map(entry -> new DutyArchive.RecordsOfType(entry.getKey(),
                        profile.activityType(entry.getKey()).map(ActivityType::name).orElse(entry.getKey()),
                        entry.getValue().stream().filter(DutyRecord::counts).count(), entry.getValue()))
                .toList();
    }
}
