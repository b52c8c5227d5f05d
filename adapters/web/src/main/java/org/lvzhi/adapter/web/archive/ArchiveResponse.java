package org.lvzhi.adapter.web.archive;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.lvzhi.application.archive.port.in.DutyArchive;
import org.lvzhi.domain.compliance.DutyPoints;
import org.lvzhi.domain.compliance.QuotaVerdict;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.shared.Messages;

@Serdeable
record ArchiveResponse(
        String deputyId, String name, String termId, int termNumber, LocalDate on, List<TypeLine> records,
        List<AbsenceLine> absences, List<QuotaLine> compliance, PointsSummary points, List<CaseResponse> cases,
        List<RuleLine> rules) {

    static ArchiveResponse of(DutyArchive archive) {
        return new ArchiveResponse(archive.deputy().deputy().id().toString(), archive.deputy().person().name().value(),
                archive.term().id().toString(), archive.term().number(), archive.compliance().on(),
                archive.records().stream().map(TypeLine::of).toList(),
                archive.absences().stream().map(AbsenceLine::of).toList(),
                archive.compliance().quotas().stream().map(QuotaLine::of).toList(),
                archive.points().map(PointsSummary::of).orElse(null),
                archive.cases().stream().map(CaseResponse::of).toList(),
                archive.recordAndConduct().stream().map(RuleLine::of).toList());
    }

    /** A record or conduct rule of the profile: what the archive holds or the deputy must observe, and on which article. */
    @Serdeable
    record RuleLine(String rule, String article, String kind, String summary, String reason) {

        static RuleLine of(PolicyRule rule) {
            return new RuleLine(rule.rule(), rule.article(), rule.kind().name(), rule.summary(), rule.reason().orElse(null));
        }
    }

    @Serdeable
    record TypeLine(String type, String name, long counted, List<RecordLine> records) {

        static TypeLine of(DutyArchive.RecordsOfType ofType) {
            return new TypeLine(ofType.type(), ofType.name(), ofType.counted(),
                    ofType.records().stream().map(RecordLine::of).toList());
        }
    }

    @Serdeable
    record RecordLine(String id, LocalDate date, String state, String stateName, String counterpart, String note,
            String rejectionReason, BigDecimal quantity) {

        static RecordLine of(DutyRecord record) {
            return new RecordLine(record.id().toString(), record.date(), record.state().name(), Messages.label(record.state()),
                    record.counterpart().orElse(null), record.note().orElse(null), record.rejectionReason().orElse(null),
                    record.quantity());
        }
    }

    @Serdeable
    record AbsenceLine(String id, String from, LocalDate date, boolean approved, boolean confirmedAttendance) {

        static AbsenceLine of(Absence absence) {
            return new AbsenceLine(absence.id().toString(), absence.from(), absence.date(), absence.approved(),
                    absence.confirmedAttendance());
        }
    }

    @Serdeable
    record QuotaLine(String rule, String article, String summary, List<String> counts, BigDecimal count, String unit, int minimum,
            Integer maximum, LocalDate windowFrom, LocalDate windowTo, String status, String statusName, boolean aboveMaximum) {

        static QuotaLine of(QuotaVerdict verdict) {
            return new QuotaLine(verdict.rule(), verdict.article(), verdict.summary(), verdict.counts(), verdict.count(),
                    verdict.unit().map(Enum::name).orElse(null), verdict.minimum(), verdict.maximum().orElse(null), verdict.window().from(), verdict.window().to(),
                    verdict.status().name(), Messages.label(verdict.status()), verdict.aboveMaximum());
        }
    }

    /** The points of the scheme's window holding the date, the band they fall in, and every line that makes them up. */
    @Serdeable
    record PointsSummary(String rule, String article, LocalDate windowFrom, LocalDate windowTo, BigDecimal total, String band,
            List<PointsLine> lines) {

        static PointsSummary of(DutyPoints points) {
            return new PointsSummary(points.rule(), points.article(), points.window().from(), points.window().to(), points.total(),
                    points.band().orElse(null), points.lines().stream().map(PointsLine::of).toList());
        }
    }

    /** One fact and its points: {@code factId} is the record's or the absence's id by {@code source}, none for base and limits. */
    @Serdeable
    record PointsLine(String source, String factId, String type, LocalDate date, BigDecimal quantity, BigDecimal points,
            boolean capped, String rule, String article) {

        static PointsLine of(org.lvzhi.domain.compliance.PointsLine line) {
            return new PointsLine(line.source().name(), line.fact().orElse(null), line.type(), line.date(), line.quantity(),
                    line.points(), line.capped(), line.rule(), line.article());
        }
    }
}
