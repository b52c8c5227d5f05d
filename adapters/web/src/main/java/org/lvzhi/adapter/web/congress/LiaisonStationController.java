package org.lvzhi.adapter.web.congress;

import io.micronaut.http.annotation.Controller;
import org.lvzhi.application.congress.port.in.UnitUseCases;
import org.lvzhi.domain.congress.UnitKind;

@Controller("/api/v1/liaison-stations")
class LiaisonStationController extends UnitController {

    LiaisonStationController(UnitUseCases units) {
        super(units, UnitKind.LIAISON_STATION);
    }
}
