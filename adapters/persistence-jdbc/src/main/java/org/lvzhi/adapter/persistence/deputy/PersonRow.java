package org.lvzhi.adapter.persistence.deputy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;

@MappedEntity("person")
record PersonRow(@Id UUID id, String name, @Nullable String login) {
}
