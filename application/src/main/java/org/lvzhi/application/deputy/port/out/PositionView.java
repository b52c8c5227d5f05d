package org.lvzhi.application.deputy.port.out;

import org.lvzhi.domain.deputy.Person;
import org.lvzhi.domain.deputy.PositionAssignment;

public record PositionView(PositionAssignment assignment, Person holder) {
}
