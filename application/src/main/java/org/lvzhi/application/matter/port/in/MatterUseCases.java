package org.lvzhi.application.matter.port.in;

import java.util.Optional;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.domain.matter.Matter;
import org.lvzhi.domain.matter.MatterId;
import org.lvzhi.domain.matter.MatterKind;

/**
 * Appointments, inspection and research reports, letters and changes of details through their statutory clocks (BL-18,
 * BL-20, BL-21, BL-23, BL-29): staff record them and their steps; everyone reads what they may see.
 */
public interface MatterUseCases {

    Matter record(ActingCaller caller, RecordMatterCommand command);

    Matter step(ActingCaller caller, MatterId id, MatterStepCommand command);

    Matter find(ActingCaller caller, MatterId id);

    /** Staff see every matter of the congress, a deputy those concerning them; newest first. */
    Slice<Matter> list(ActingCaller caller, Optional<MatterKind> kind, KeysetRequest page);
}
