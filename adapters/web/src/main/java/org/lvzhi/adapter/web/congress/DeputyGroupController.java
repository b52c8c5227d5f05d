package org.lvzhi.adapter.web.congress;

import io.micronaut.http.annotation.Controller;
import org.lvzhi.application.congress.port.in.UnitUseCases;
import org.lvzhi.domain.congress.UnitKind;

@Controller("/api/v1/deputy-groups")
class DeputyGroupController extends UnitController {

    DeputyGroupController(UnitUseCases units) {
        super(units, UnitKind.DEPUTY_GROUP);
    }
}
