package org.lvzhi.adapter.persistence.attendance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;

/** A person holding an office, as notifications address them. */
@MappedEntity("person")
record HolderRow(@Id UUID id, String name, @Nullable String login) {
}
