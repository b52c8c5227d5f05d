package org.lvzhi.domain.suggestion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.shared.Checks;

/**
 * One thing done to a suggestion: what, in which handling round, by whom and when, with what it carries — the unit
 * concerned, a text (answer, reasons, note, explanation), a code (screening category, the other suggestion of a
 * merge), the signatory of a reply, the verdicts of a feedback or evaluation.
 */
public record SuggestionAction(
        ActionKind kind,
        int round,
        String by,
        Instant at,
        LocalDate on,
        Optional<UnitId> unit,
        Optional<String> text,
        Optional<String> code,
        Optional<String> signedBy,
        Optional<Feedback> verdict,
        Optional<Feedback> attitude) {

    public SuggestionAction {
        Checks.required("kind", kind);
        Checks.required("by", by);
        Checks.required("at", at);
        Checks.required("on", on);
        Checks.required("unit", unit);
        Checks.required("text", text);
        Checks.required("code", code);
        Checks.required("signedBy", signedBy);
        Checks.required("verdict", verdict);
        Checks.required("attitude", attitude);
    }

    /** An action carrying nothing but who and when. */
    public static SuggestionAction of(ActionKind kind, int round, Acting acting) {
        return new SuggestionAction(kind, round, acting.by(), acting.at(), acting.on(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    SuggestionAction withUnit(UnitId concerned) {
        return new SuggestionAction(kind, round, by, at, on, Optional.of(concerned), text, code, signedBy, verdict, attitude);
    }

    SuggestionAction withText(Optional<String> value) {
        return new SuggestionAction(kind, round, by, at, on, unit, value, code, signedBy, verdict, attitude);
    }

    SuggestionAction withCode(String value) {
        return new SuggestionAction(kind, round, by, at, on, unit, text, Optional.of(value), signedBy, verdict, attitude);
    }

    SuggestionAction signed(String signatory) {
        return new SuggestionAction(kind, round, by, at, on, unit, text, code, Optional.of(signatory), verdict, attitude);
    }

    SuggestionAction judged(Feedback given, Optional<Feedback> attitudeGiven) {
        return new SuggestionAction(kind, round, by, at, on, unit, text, code, signedBy, Optional.of(given), attitudeGiven);
    }

    /** Who acts and when: the subject of the caller, the instant, and the legal date in China. */
    public record Acting(String by, Instant at, LocalDate on) {

        public Acting {
            Checks.required("by", by);
            Checks.required("at", at);
            Checks.required("on", on);
        }
    }
}
