package org.lvzhi.architecture.violations.application.gamma;

import java.util.List;
import org.lvzhi.architecture.violations.application.gamma.port.in.GammaFilter;

/** A use case's implementation, which stays behind its port.in: no adapter may name it. */
public class GammaService {

    public List<String> list(GammaFilter filter) {
        return List.of(filter.state());
    }
}
