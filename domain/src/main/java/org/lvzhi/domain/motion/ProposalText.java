package org.lvzhi.domain.motion;

import java.util.Locale;
import java.util.Optional;
import org.lvzhi.domain.shared.Checks;

/**
 * What a proposal says: a title, and its subject (案由), grounds (案据) and proposal (方案) — all three required of a
 * motion (BL-8); the profile's threshold rule names the parts each kind must have.
 */
public record ProposalText(String title, Optional<String> subject, Optional<String> grounds, Optional<String> proposal) {

    public static final String SUBJECT = "SUBJECT";
    public static final String GROUNDS = "GROUNDS";
    public static final String PROPOSAL = "PROPOSAL";
    private static final int MAX_TITLE_LENGTH = 100;
    private static final int MAX_PART_LENGTH = 20_000;

    public ProposalText {
        title = Checks.text("title", title, MAX_TITLE_LENGTH);
        subject = part("subject", subject);
        grounds = part("grounds", grounds);
        proposal = part("proposal", proposal);
    }

    /** The part a threshold's {@code requiredParts} names, and the input field it is given in. */
    Optional<String> part(String code) {
        return switch (code) {
            case SUBJECT -> subject;
            case GROUNDS -> grounds;
            case PROPOSAL -> proposal;
            default -> Optional.of(code);
        };
    }

    static String field(String code) {
        return code.toLowerCase(Locale.ROOT);
    }

    private static Optional<String> part(String field, Optional<String> text) {
        return Checks.required(field, text).filter(t -> !t.isBlank()).map(t -> Checks.text(field, t, MAX_PART_LENGTH));
    }
}
