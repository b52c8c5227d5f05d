package org.lvzhi.domain.policy;

import java.util.List;

/** The only reasons leave may be asked for, for one kind of absence. */
public record LeaveReasons(String leaveFrom, List<CodedName> reasons) {

    public LeaveReasons {
        reasons = Absent.orEmpty(reasons);
    }
}
