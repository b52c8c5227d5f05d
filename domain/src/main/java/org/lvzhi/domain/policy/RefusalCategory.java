package org.lvzhi.domain.policy;

import java.util.List;

/**
 * A screening category of the profile that refuses a kind of input (HN-5: 不作为议案提出 refuses a MOTION, 不作为建议提出
 * a SUGGESTION), with the rule and article it rests on.
 */
public record RefusalCategory(ScreeningCategory category, String rule, String article) {

    public static final String MOTION = "MOTION";
    public static final String SUGGESTION = "SUGGESTION";

    /** The categories of the profile in force that refuse the kind of input, in profile order. */
    public static List<RefusalCategory> in(EffectiveProfile profile, String refused) {
        return profile.rules().stream().map(Sourced::value)
                .filter(rule -> rule.kind() == RuleKind.SCREENING && rule.screening().isPresent())
                .flatMap(rule -> rule.screening().get().categories().stream()
                        .filter(category -> category.refuses().contains(refused))
                        .map(category -> new RefusalCategory(category, rule.rule(), rule.article())))
                .toList();
    }

    /** Whether the profile has suggestions of the same content merged (HN-5 "对于内容相同的，应当合并提出"). */
    public static boolean mergesDuplicates(EffectiveProfile profile) {
        return profile.rules().stream().map(Sourced::value)
                .anyMatch(rule -> rule.kind() == RuleKind.SCREENING && rule.screening().map(Screening::mergeDuplicates).orElse(false));
    }

    /** The reason as a refusal reads it: {@code 涉及具体司法案件（HN-5，第五条）}. */
    public String citation() {
        return category.name() + "（" + rule + "，" + article + "）";
    }

    /** The codes and names, for a message listing the allowed categories. */
    public static String listed(List<RefusalCategory> categories) {
        return String.join("、", categories.stream().map(c -> c.category().code() + "（" + c.category().name() + "）").toList());
    }
}
