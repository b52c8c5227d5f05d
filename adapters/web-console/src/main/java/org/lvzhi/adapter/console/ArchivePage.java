package org.lvzhi.adapter.console;

import java.util.List;
import java.util.Optional;
import org.lvzhi.application.archive.port.in.DutyArchive;

/** A deputy's archive as the page shows it: quotas as progress, records by type, absences, points and cases. */
public record ArchivePage(String name, String status, String evaluatedOn, List<QuotaProgress> quotas,
                          List<RecordGroup> records, List<Line> absences, Optional<Points> points, List<Line> cases) {

    /** A line of a table: its date and what happened. */
    public record Line(String date, String what) {
    }

    public record RecordGroup(String name, long counted, List<Line> records) {
    }

    public record Points(String total, String band, String article, List<Line> lines) {
    }

    static ArchivePage of(DutyArchive archive) {
        return new ArchivePage(archive.deputy().person().name().value(), ConsoleText.label(archive.deputy().deputy().status()),
                ConsoleText.date(archive.compliance().on()),
                archive.compliance().quotas().stream().map(QuotaProgress::of).toList(),
                archive.records().stream().map(type -> new RecordGroup(type.name(), type.counted(), type.records().stream()
                        .map(record -> new Line(ConsoleText.date(record.date()), ConsoleText.label(record.state())
                                + record.rejectionReason().map(reason -> "：" + reason).orElse(""))).toList())).toList(),
                archive.absences().stream().map(absence -> new Line(ConsoleText.date(absence.date()), absence.from() + " · "
                        + ConsoleText.text(absence.approved() ? "absence.approved" : "absence.unapproved"))).toList(),
                archive.points().map(points -> new Points(points.total().toPlainString(), points.band().orElse(""), points.article(), points.lines().stream()
                        .map(line -> new Line(ConsoleText.date(line.date()),
                                ConsoleText.text("points.line", line.type(), line.points().toPlainString())))
                        .toList())),
                archive.cases().stream().map(found -> new Line(ConsoleText.date(found.openedOn()),
                        found.opening().action() + " · " + ConsoleText.label(found.state()))).toList());
    }
}
