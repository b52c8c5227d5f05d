package org.lvzhi.domain.policy;

import java.util.List;

public record Screening(List<ScreeningCategory> categories, boolean mergeDuplicates) {

    public Screening {
        categories = Absent.orEmpty(categories);
    }
}
