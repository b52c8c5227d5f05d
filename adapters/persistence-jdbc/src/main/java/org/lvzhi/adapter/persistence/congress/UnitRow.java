package org.lvzhi.adapter.persistence.congress;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;

@MappedEntity("organisation_unit")
record UnitRow(@Id UUID id, String kind, String name, @Nullable String address) {
}
