package org.lvzhi.adapter.console;

import java.util.List;
import java.util.Optional;

/**
 * One suggestion as its page shows it: the matter, its sponsors, where it stands, its handling units and clock, every
 * step so far (replies with their signatory, progress, extensions, feedback), the near-duplicates staff screen it
 * against, and which of the caller's forms apply now, with the errors of the one the rules refused.
 */
public record SuggestionPage(String id, String title, String content, String sponsors, String state, String units,
                             Optional<SuggestionClock> clock, List<Step> steps, List<Duplicate> duplicates, Forms forms,
                             Choices choices, String failed, FormErrors errors) {

    /** One thing done: when, what (with the unit or verdict concerned), by whom, and what it says. */
    public record Step(String date, String what, String by, String text) {
    }

    /** Another suggestion of the term proposed for merging, and how alike the two are. */
    public record Duplicate(String id, String title, String content, String state, long percent) {
    }

    /** The forms the caller may fill in now. */
    public record Forms(boolean screen, boolean assign, boolean reassign, boolean urge, boolean decideExtension, boolean close,
                        boolean answer, boolean requestExtension, boolean feedback) {

        public boolean any() {
            return screen || assign || reassign || urge || decideExtension || close || answer || requestExtension || feedback;
        }
    }

    /** What the forms offer: handling units to assign, refusal categories, who may sign a reply, the feedback verdicts. */
    public record Choices(List<Choice> units, List<Choice> categories, List<String> signatories, List<Choice> verdicts) {
    }

    public record Choice(String value, String label) {
    }

    /** The errors beside the fields of the form named, none for any other. */
    public FormErrors errorsOf(String form) {
        return form.equals(failed) ? errors : FormErrors.NONE;
    }
}
