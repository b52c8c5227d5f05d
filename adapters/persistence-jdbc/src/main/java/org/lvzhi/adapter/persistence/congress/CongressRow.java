package org.lvzhi.adapter.persistence.congress;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("congress")
record CongressRow(@Id String id, String name, String level, @Nullable String parentId) {
}
