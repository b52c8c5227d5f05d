package org.lvzhi.adapter.console;

import java.util.List;
import org.lvzhi.application.archive.port.in.VerdictPreview;
import org.lvzhi.domain.attendance.StepActor;

/** What a draft would do to today's verdicts, as the editor shows it before saving. */
public record PreviewPage(String summary, List<String> statusChanges, List<String> casesToOpen) {

    static PreviewPage of(VerdictPreview preview) {
        return new PreviewPage(ConsoleText.text("preview.summary", ConsoleText.date(preview.on()), preview.judged(),
                        preview.statusChanges().size(), preview.casesToOpen().size()),
                preview.statusChanges().stream().map(change -> ConsoleText.text("preview.status", change.name(),
                        ConsoleText.label(change.before()), ConsoleText.label(change.after()))).toList(),
                preview.casesToOpen().stream().map(opened -> ConsoleText.text("preview.case", opened.name(), opened.rule(),
                        opened.article(), ConsoleText.textOr("action." + opened.action(), opened.action()),
                        StepActor.of(opened.actor()).label())).toList());
    }
}
