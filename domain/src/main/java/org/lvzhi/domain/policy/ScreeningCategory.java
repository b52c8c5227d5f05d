package org.lvzhi.domain.policy;

import java.util.List;

/** A reason to refuse a motion or a suggestion at screening (HN-5). */
public record ScreeningCategory(String code, String name, List<String> refuses) {

    public ScreeningCategory {
        refuses = Absent.orEmpty(refuses);
    }
}
