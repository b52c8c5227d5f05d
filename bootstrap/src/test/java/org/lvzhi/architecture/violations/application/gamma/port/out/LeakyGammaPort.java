package org.lvzhi.architecture.violations.application.gamma.port.out;

import java.util.List;
import org.lvzhi.architecture.violations.application.gamma.port.in.GammaFilter;

/** Deliberately breaks the port rule: a driven port taking a driving port's type. */
public interface LeakyGammaPort {

    List<String> list(GammaFilter filter);
}
