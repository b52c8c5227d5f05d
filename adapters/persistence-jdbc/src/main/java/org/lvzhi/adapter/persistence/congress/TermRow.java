package org.lvzhi.adapter.persistence.congress;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import java.util.UUID;

@MappedEntity("term")
record TermRow(@Id UUID id, int number, LocalDate startsOn, LocalDate endsOn) {
}
