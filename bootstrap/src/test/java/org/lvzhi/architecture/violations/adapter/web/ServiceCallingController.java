package org.lvzhi.architecture.violations.adapter.web;

import java.util.List;
import org.lvzhi.architecture.violations.application.gamma.GammaService;
import org.lvzhi.architecture.violations.application.gamma.port.in.GammaFilter;

/** Deliberately breaks the adapter rule: calls a use case's service instead of its port.in (the filter it may name). */
public class ServiceCallingController {

    private final GammaService service;

    public ServiceCallingController(GammaService service) {
        this.service = service;
    }

    public List<String> list(String state) {
        return service.list(new GammaFilter(state));
    }
}
