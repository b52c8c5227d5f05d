package org.lvzhi.domain.motion;

import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.lvzhi.domain.congress.Level;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.LevelThreshold;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.policy.RuleKind;
import org.lvzhi.domain.policy.Sourced;
import org.lvzhi.domain.policy.Threshold;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Messages;

/**
 * How many deputies a joint proposal needs in one congress, as the profile's THRESHOLD rule for the congress's level
 * sets it: a number (十人以上), or a share of a whole (全体代表十分之一以上, 半数以上) worked out on the whole counted
 * when the proposal was made. The parts the proposal must have (案由、案据、方案) come with it.
 */
public record SignatureThreshold(
        String rule, String article, int required, Optional<Share> share, int whole, List<String> requiredParts) {

    private static final Messages MESSAGES = Messages.of(SignatureThreshold.class);

    public SignatureThreshold {
        Checks.text("rule", rule, 64);
        Checks.text("article", article, 200);
        Checks.required("share", share);
        if (required < 1) {
            throw new IllegalArgumentException("a threshold needs at least one deputy");
        }
        requiredParts = List.copyOf(Checks.required("requiredParts", requiredParts));
    }

    /**
     * The threshold the profile sets for the subject at the level; {@code whole} is asked only for a share. Empty when
     * no rule covers the level (an investigation committee at township level: BL-14 speaks of county level and up).
     */
    public static Optional<SignatureThreshold> in(EffectiveProfile profile, String subject, Level level, IntSupplier whole) {
        return profile.rules().stream().map(Sourced::value)
                .filter(rule -> rule.kind() == RuleKind.THRESHOLD)
                .flatMap(rule -> rule.threshold().filter(t -> t.subject().equals(subject))
                        .flatMap(threshold -> covering(threshold, level).map(at -> of(rule, threshold, at, whole))).stream())
                .findFirst();
    }

    private static Optional<LevelThreshold> covering(Threshold threshold, Level level) {
        return threshold.levels().stream().filter(at -> at.levels().contains(level)).findFirst();
    }

    private static SignatureThreshold of(PolicyRule rule, Threshold threshold, LevelThreshold at, IntSupplier whole) {
        Optional<Share> share = at.share().map(Share::parse);
        int counted = share.isPresent() ? whole.getAsInt() : 0;
        int required = Math.max(1, Math.max(at.minimum().orElse(0), share.map(s -> s.of(counted)).orElse(0)));
        return new SignatureThreshold(rule.rule(), rule.article(), required, share, counted, threshold.requiredParts());
    }

    public boolean metBy(int count) {
        return count >= required;
    }

    public boolean requires(String part) {
        return requiredParts.contains(part);
    }

    /** The threshold in words, e.g. "10人以上" or "全体代表95人的1/10以上，即10人以上". */
    public String described() {
        return share.map(s -> MESSAGES.text("threshold.share", whole, s, required))
                .orElseGet(() -> MESSAGES.text("threshold.minimum", required));
    }
}
