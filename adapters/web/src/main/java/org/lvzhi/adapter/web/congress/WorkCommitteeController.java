package org.lvzhi.adapter.web.congress;

import io.micronaut.http.annotation.Controller;
import org.lvzhi.application.congress.port.in.UnitUseCases;
import org.lvzhi.domain.congress.UnitKind;

@Controller("/api/v1/work-committees")
class WorkCommitteeController extends UnitController {

    WorkCommitteeController(UnitUseCases units) {
        super(units, UnitKind.WORK_COMMITTEE);
    }
}
