package org.lvzhi.application.report;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.lvzhi.application.archive.port.in.ArchiveQueries;
import org.lvzhi.application.archive.port.in.DutyArchive;
import org.lvzhi.application.deadline.port.in.DeadlineClocks;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.application.duty.ArchiveReaders;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.application.report.port.in.DutyReportUseCases;
import org.lvzhi.application.report.port.in.ReportAccess;
import org.lvzhi.application.report.port.out.DeputySubmissionsPort;
import org.lvzhi.application.report.port.out.DutyReportPort;
import org.lvzhi.application.report.port.out.DutyReportView;
import org.lvzhi.application.report.port.out.OutstandingReport;
import org.lvzhi.application.report.port.out.ReportRenderingPort;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.calendar.DutyDeadline;
import org.lvzhi.domain.deadline.DeadlineSubject;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.report.DutyReport;
import org.lvzhi.domain.report.ReportDue;
import org.lvzhi.domain.report.ReportPeriod;
import org.lvzhi.domain.shared.Messages;

/**
 * The annual duty report and the term-end summary: the period's figures are drawn from the deputy's archive, judged on
 * the period's last day (or today while it runs); the annual report's due date comes from the profile in force on that
 * day. Both are one {@link DutyReportView}, laid out by the same renderer.
 */
@Singleton
class DutyReportService implements DutyReportUseCases {

    private static final Messages MESSAGES = Messages.of(DutyReportService.class);

    private final TransactionPort transactions;
    private final ArchiveQueries archives;
    private final LoadDeputyPort deputies;
    private final DutyReportPort reports;
    private final PolicyProfileQueries profiles;
    private final ReportRenderingPort rendering;
    private final DeputySubmissionsPort submissions;
    private final DeadlineClocks deadlines;
    private final Clock clock;

    DutyReportService(TransactionPort transactions, ArchiveQueries archives, LoadDeputyPort deputies, DutyReportPort reports,
            PolicyProfileQueries profiles, ReportRenderingPort rendering, DeputySubmissionsPort submissions,
            DeadlineClocks deadlines, Clock clock) {
        this.submissions = submissions;
        this.transactions = transactions;
        this.archives = archives;
        this.deputies = deputies;
        this.reports = reports;
        this.profiles = profiles;
        this.rendering = rendering;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    public DutyReportView report(ActingCaller caller, DeputyId deputy, int year) {
        checkYear(year);
        LocalDate today = LegalDate.today(clock);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate on = today.isBefore(yearEnd) ? today : yearEnd;
        ReportPeriod period = ReportPeriod.year(year, on);
        return view(caller, deputy, on, archive -> period, profile -> ReportDue.of(profile, year),
                () -> Optional.of(reports.find(deputy, year).orElseGet(() -> DutyReport.blank(deputy, year))));
    }

    @Override
    public DutyReportView termSummary(ActingCaller caller, DeputyId deputy) {
        LocalDate today = LegalDate.today(clock);
        DutyArchive current = archives.archive(caller, deputy, today);
        LocalDate on = today.isAfter(current.term().endsOn()) ? current.term().endsOn() : today;
        return view(caller, deputy, on, archive -> ReportPeriod.term(archive.term().startsOn(), archive.term().endsOn(), on),
                profile -> Optional.empty(), Optional::empty);
    }

    @Override
    public String termSummaryHtml(ActingCaller caller, DeputyId deputy) {
        return rendering.html(termSummary(caller, deputy));
    }

    @Override
    public byte[] termSummaryPdf(ActingCaller caller, DeputyId deputy) {
        return rendering.pdf(termSummary(caller, deputy));
    }

    /**
     * The one way every duty report is drawn from the archive judged {@code on}: the period's quotas, records, points,
     * supervision cases, suggestions and joint proposals; the due date from the profile in force that day.
     */
    private DutyReportView view(ActingCaller caller, DeputyId deputy, LocalDate on, Function<DutyArchive, ReportPeriod> periodOf,
            Function<EffectiveProfile, Optional<LocalDate>> dueOf, Supplier<Optional<DutyReport>> narrative) {
        DutyArchive archive = archives.archive(caller, deputy, on);
        ReportPeriod period = periodOf.apply(archive);
        return transactions.readInCongress(caller.congress(), () -> {
            EffectiveProfile profile = profiles.effectiveIn(caller.congress(), on);
            var months = period.lines(archive.records().stream().flatMap(type -> type.records().stream()).toList(),
                    type -> archive.records().stream().filter(t -> t.type().equals(type)).findFirst()
                            .map(DutyArchive.RecordsOfType::name).orElse(type));
            Optional<LocalDate> due = dueOf.apply(profile);
            return new DutyReportView(deputy, archive.deputy().person().name().value(), caller.congress().value(),
                    archive.term().number(), archive.term().startsOn(), archive.term().endsOn(), period, on, due,
                    due.flatMap(d -> ReportDue.rule(profile)).map(rule -> rule.article() + "（" + rule.rule() + "）"),
                    archive.compliance().quotas(), months, archive.points(),
                    archive.cases().stream().filter(c -> period.covers(c.openedOn())).toList(),
                    submissions.suggestions(deputy, period.from(), period.to()),
                    submissions.proposals(deputy, period.from(), period.to()), narrative.get());
        });
    }

    @Override
    public String html(ActingCaller caller, DeputyId deputy, int year) {
        return rendering.html(report(caller, deputy, year));
    }

    @Override
    public byte[] pdf(ActingCaller caller, DeputyId deputy, int year) {
        return rendering.pdf(report(caller, deputy, year));
    }

    @Override
    public DutyReportView saveNarrative(ActingCaller caller, DeputyId deputy, int year, String narrative) {
        checkYear(year);
        transactions.inCongress(caller.congress(), () -> {
            ownDeputy(caller, deputy);
            DutyReport current = reports.find(deputy, year).orElseGet(() -> DutyReport.blank(deputy, year));
            reports.save(current.withNarrative(narrative));
            return null;
        });
        return report(caller, deputy, year);
    }

    @Override
    public DutyReportView submit(ActingCaller caller, DeputyId deputy, int year) {
        checkYear(year);
        transactions.inCongress(caller.congress(), () -> {
            ownDeputy(caller, deputy);
            LocalDate today = LegalDate.today(clock);
            Optional<LocalDate> due = ReportDue.of(profiles.effectiveIn(caller.congress(), today), year);
            DutyReport current = reports.find(deputy, year).orElseGet(() -> DutyReport.blank(deputy, year));
            reports.save(current.submit(today, due));
            deadlines.stop(caller.congress(), DutyDeadline.EVENT, new DeadlineSubject(DutyDeadline.subjectKind(ReportDue.DUTY),
                    DutyDeadline.reportSubjectId(deputy.toString(), year), ReportDue.DUTY, Optional.empty()), today);
            return null;
        });
        return report(caller, deputy, year);
    }

    @Override
    public Slice<OutstandingReport> outstanding(ActingCaller caller, int year, KeysetRequest page) {
        checkYear(year);
        if (!ReportAccess.GRANTS.allows(caller, ReportAccess.LIST_UNSUBMITTED)) {
            throw new AccessDenied(MESSAGES.text("outstanding.denied"));
        }
        return transactions.readInCongress(caller.congress(), () -> reports.outstanding(year, page));
    }

    /** The deputy's own report only: another deputy's is not found, staff may read but not write it. */
    private DeputyView ownDeputy(ActingCaller caller, DeputyId id) {
        DeputyView found = deputies.find(id).filter(d -> ArchiveReaders.mayRead(caller, d))
                .orElseThrow(() -> new NotFound("deputy", id));
        boolean own = found.person().login().map(login -> login.value().equals(caller.subject())).orElse(false);
        if (!own) {
            throw new AccessDenied(MESSAGES.text("own.only"));
        }
        return found;
    }

    private static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw MESSAGES.violation("year", "year.range");
        }
    }
}
