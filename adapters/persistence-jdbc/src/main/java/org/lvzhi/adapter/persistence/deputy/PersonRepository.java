package org.lvzhi.adapter.persistence.deputy;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;
import java.util.UUID;

/** Row-level security shows only the persons with a seat or an office in the acting congress. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PersonRepository extends GenericRepository<PersonRow, UUID> {

    Optional<PersonRow> findById(UUID id);

    @Query("SELECT person_id_by_login(:login)")
    Optional<UUID> idByLogin(String login);

    void save(PersonRow row);

    void update(@Id UUID id, String name);
}
