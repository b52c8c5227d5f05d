package org.lvzhi.architecture.violations.application.beta;

import org.lvzhi.architecture.violations.application.alpha.AlphaService;

/** The other half of the application cycle. */
public class BetaService {

    public int depth(AlphaService alpha) {
        return alpha.toString().length();
    }
}
