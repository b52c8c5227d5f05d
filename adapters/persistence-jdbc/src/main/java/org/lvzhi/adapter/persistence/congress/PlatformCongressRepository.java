package org.lvzhi.adapter.persistence.congress;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.transaction.annotation.Transactional;
import java.util.Optional;

/** On the platform datasource (BYPASSRLS): the register of all congresses. */
@JdbcRepository(dataSource = "platform", dialect = Dialect.POSTGRES)
@Transactional("platform")
interface PlatformCongressRepository extends GenericRepository<CongressRow, String> {

    Optional<CongressRow> findById(String id);

    Page<CongressRow> findAll(Pageable pageable);

    void save(CongressRow row);

    void deleteById(String id);
}
