package org.lvzhi.adapter.console;

import org.lvzhi.application.deputy.port.out.DeputyView;

/** A line of the register. */
public record RegisterRow(String id, String name, String status, String constituency) {

    static RegisterRow of(DeputyView view) {
        return new RegisterRow(view.deputy().id().value().toString(), view.person().name().value(),
                ConsoleText.label(view.deputy().status()), view.deputy().seat().constituencyName().orElse(""));
    }
}
