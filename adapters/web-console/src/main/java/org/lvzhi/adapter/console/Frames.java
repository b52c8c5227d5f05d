package org.lvzhi.adapter.console;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.lvzhi.application.attendance.port.in.AttendanceAccess;
import org.lvzhi.application.congress.port.in.CongressQueries;
import org.lvzhi.application.deputy.port.in.DeputyAccess;
import org.lvzhi.application.duty.port.in.DutyAccess;
import org.lvzhi.application.imports.port.in.ImportAccess;
import org.lvzhi.application.notification.port.in.InboxUseCases;
import org.lvzhi.application.policy.port.in.PolicyAccess;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.suggestion.port.in.SuggestionAccess;

/** Builds a page's frame for the caller: the sections shown are those the access grants allow in the acting congress. */
@Singleton
class Frames {

    private final CongressQueries congresses;
    private final InboxUseCases inbox;

    Frames(CongressQueries congresses, InboxUseCases inbox) {
        this.congresses = congresses;
        this.inbox = inbox;
    }

    Frame of(ActingCaller caller, String title) {
        List<Frame.Link> sections = new ArrayList<>();
        sections.add(new Frame.Link("/", ConsoleText.text("nav.home")));
        if (DeputyAccess.GRANTS.allows(caller, DeputyAccess.READ_REGISTER)) {
            sections.add(new Frame.Link("/deputies", ConsoleText.text("nav.register")));
        }
        if (DeputyAccess.GRANTS.allows(caller, DeputyAccess.READ_OWN)) {
            sections.add(new Frame.Link("/me", ConsoleText.text("nav.own-archive")));
        }
        if (DutyAccess.GRANTS.allows(caller, DutyAccess.RECORD_OWN)) {
            sections.add(new Frame.Link("/records/new", ConsoleText.text("nav.record")));
        }
        if (DutyAccess.GRANTS.allows(caller, DutyAccess.READ_REVIEW_QUEUE)) {
            sections.add(new Frame.Link("/reviews", ConsoleText.text("nav.reviews")));
        }
        if (DutyAccess.GRANTS.allows(caller, DutyAccess.READ_ACTIVITIES)) {
            sections.add(new Frame.Link("/activities", ConsoleText.text("nav.activities")));
        }
        if (AttendanceAccess.GRANTS.allows(caller, AttendanceAccess.MANAGE_SESSIONS)) {
            sections.add(new Frame.Link("/sessions", ConsoleText.text("nav.sessions")));
        }
        if (ImportAccess.GRANTS.allows(caller, ImportAccess.IMPORT_DEPUTIES) || ImportAccess.GRANTS.allows(caller, ImportAccess.IMPORT_DUTY_RECORDS)) {
            sections.add(new Frame.Link("/imports", ConsoleText.text("nav.imports")));
        }
        if (AttendanceAccess.GRANTS.allows(caller, AttendanceAccess.READ_LEAVE)) {
            sections.add(new Frame.Link("/leave", ConsoleText.text("nav.leave")));
        }
        if (PolicyAccess.GRANTS.allows(caller, PolicyAccess.READ_VERSIONS)) {
            sections.add(new Frame.Link("/profile", ConsoleText.text("nav.profile")));
        }
        if (SuggestionAccess.GRANTS.allows(caller, SuggestionAccess.READ)) {
            sections.add(new Frame.Link("/suggestions", ConsoleText.text("nav.suggestions")));
        }
        return new Frame(title, congresses.show(caller.congress()).name().value(), caller.subject(), sections,
                caller.principal().congresses().size() > 1, inbox.unread(caller));
    }
}
