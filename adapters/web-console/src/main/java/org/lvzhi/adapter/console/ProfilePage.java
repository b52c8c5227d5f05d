package org.lvzhi.adapter.console;

import java.util.List;
import org.lvzhi.domain.policy.EffectiveProfile;

/** The rules a congress works under today, each told in a sentence with its article and the profile it comes from. */
public record ProfilePage(String on, List<Rule> rules, List<Rule> disabled) {

    /** A rule: its id, article, source ("本级办法第 2 版", "继承自法定基线第 1 版") and what it does. */
    public record Rule(String id, String article, String source, boolean own, String sentence) {
    }

    static ProfilePage of(EffectiveProfile profile) {
        return new ProfilePage(ConsoleText.date(profile.on()),
                profile.rules().stream().map(sourced -> new Rule(sourced.value().rule(), sourced.value().article(),
                        source(profile, sourced.source(), sourced.version()), sourced.source().equals(profile.congress()),
                        RuleSentence.of(sourced.value(), profile))).toList(),
                profile.disabled().stream().map(entry -> new Rule(entry.rule(), "", source(profile, entry.by(), entry.version()),
                        entry.by().equals(profile.congress()), ConsoleText.text("profile.disabled", entry.reason()))).toList());
    }

    private static String source(EffectiveProfile profile, String owner, int version) {
        return owner.equals(profile.congress()) ? ConsoleText.text("profile.source.own", version)
                : ConsoleText.text("profile.source.inherited", ConsoleText.textOr("profile.owner." + owner, owner), version);
    }
}
