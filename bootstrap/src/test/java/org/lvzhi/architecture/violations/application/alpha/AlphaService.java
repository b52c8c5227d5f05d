package org.lvzhi.architecture.violations.application.alpha;

import org.lvzhi.architecture.violations.application.beta.BetaService;

/** Deliberately breaks the context-cycle rule with {@link BetaService}: each context calls the other. */
public class AlphaService {

    public int depth(BetaService beta) {
        return beta.toString().length();
    }
}
