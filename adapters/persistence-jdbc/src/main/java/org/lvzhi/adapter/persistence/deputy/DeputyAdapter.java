package org.lvzhi.adapter.persistence.deputy;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.adapter.persistence.shared.ByName;
import org.lvzhi.adapter.persistence.shared.Statements;
import org.lvzhi.application.deputy.port.out.DeputySearch;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.application.deputy.port.out.SaveDeputyPort;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.Deputy;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.DeputyStatus;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.deputy.PersonId;
import org.lvzhi.domain.deputy.StatusChange;

/** Deputies: written to the {@code deputy} table, read with the persons holding the seats from {@code deputy_listing}. */
@Singleton
class DeputyAdapter implements LoadDeputyPort, SaveDeputyPort {

    private static final String COLUMNS = """
            person_id, term_id, constituency, constituency_name, delegation_id, deputy_group_id, liaison_station_id,
            grassroots, military, phone, email, address, status""";
    private static final String INSERT = "INSERT INTO deputy (" + COLUMNS + ", id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE deputy SET (" + COLUMNS + ") = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE id = ?";

    private final JdbcOperations jdbc;
    private final DeputyListingRepository listing;
    private final StatusChangeRepository statusChanges;

    DeputyAdapter(JdbcOperations jdbc, DeputyListingRepository listing, StatusChangeRepository statusChanges) {
        this.jdbc = jdbc;
        this.listing = listing;
        this.statusChanges = statusChanges;
    }

    @Override
    public Optional<DeputyView> find(DeputyId id) {
        return listing.findById(id.value()).map(DeputyMapper::toView);
    }

    @Override
    public Optional<DeputyView> findByLogin(Login login) {
        return listing.findFirstByPersonLoginOrderByTermStartsOnDesc(login.value()).map(DeputyMapper::toView);
    }

    @Override
    public boolean hasSeat(PersonId person, TermId term) {
        return Statements.count(jdbc, "SELECT count(*) FROM deputy WHERE person_id = ? AND term_id = ?",
                List.of(person.value(), term.value())) > 0;
    }

    @Override
    public Page<DeputyView> search(DeputySearch search, PageRequest page) {
        var found = listing.search(pattern(search), term(search), status(search), delegation(search), group(search),
                search.grassroots().orElse(null), search.military().orElse(null), Pageable.from(page.page(), page.size()));
        return Page.of(found.getContent().stream().map(DeputyMapper::toView).toList(), page, found.getTotalSize());
    }

    @Override
    public List<DeputyView> servingAfter(TermId term, Optional<DeputyId> after, int limit) {
        return listing.inIdOrder(term.value(), DeputyStatus.ACTIVE.name(), after.map(DeputyId::value).orElse(null), limit).stream()
                .map(DeputyMapper::toView).toList();
    }

    @Override
    public Slice<DeputyView> list(DeputySearch search, KeysetRequest page) {
        Optional<ByName.Key> after = ByName.key(page);
        var found = listing.after(pattern(search), term(search), status(search), delegation(search), group(search),
                search.grassroots().orElse(null), search.military().orElse(null),
                after.map(ByName.Key::name).orElse(null), after.map(ByName.Key::id).orElse(null), page.size() + 1);
        return Slice.of(found.stream().map(DeputyMapper::toView).toList(), page,
                        view -> ByName.cursor(view.person().name().value(), view.deputy().id().value()))
                .counted(page, () -> listing.count(pattern(search), term(search), status(search), delegation(search),
                        group(search), search.grassroots().orElse(null), search.military().orElse(null)));
    }

    @Override
    public List<StatusChange> statusChanges(DeputyId id) {
        return statusChanges.findByDeputyIdOrderByChangedAt(id.value()).stream()
                .map(row -> new StatusChange(new DeputyId(row.deputyId()), DeputyStatus.valueOf(row.fromStatus()),
                        DeputyStatus.valueOf(row.toStatus()), row.reason(), row.changedAt(), row.changedBy(),
                        Optional.ofNullable(row.acceptedOn()).map(on -> new StatusChange.Acceptance(on, row.documentReference(),
                                Optional.ofNullable(row.rule())))))
                .toList();
    }

    @Override
    public void record(StatusChange change) {
        statusChanges.save(new StatusChangeRow(UUID.randomUUID(), change.deputy().value(), change.from().name(),
                change.to().name(), change.reason(), change.at(), change.by(),
                change.acceptance().map(StatusChange.Acceptance::on).orElse(null),
                change.acceptance().map(StatusChange.Acceptance::documentReference).orElse(null),
                change.acceptance().flatMap(StatusChange.Acceptance::rule).orElse(null)));
    }

    @Override
    public void add(Deputy deputy) {
        write(INSERT, deputy);
    }

    @Override
    public void update(Deputy deputy) {
        write(UPDATE, deputy);
    }

    private void write(String sql, Deputy deputy) {
        jdbc.prepareStatement(sql, statement -> {
            Statements.bind(statement, DeputyMapper.columns(deputy));
            return statement.executeUpdate();
        });
    }

    private static String pattern(DeputySearch search) {
        return search.name().map(DeputyAdapter::containsPattern).orElse(null);
    }

    private static UUID term(DeputySearch search) {
        return search.term().map(TermId::value).orElse(null);
    }

    private static String status(DeputySearch search) {
        return search.status().map(DeputyStatus::name).orElse(null);
    }

    private static UUID delegation(DeputySearch search) {
        return search.delegation().map(UnitId::value).orElse(null);
    }

    private static UUID group(DeputySearch search) {
        return search.deputyGroup().map(UnitId::value).orElse(null);
    }

    /** An ILIKE pattern matching the text anywhere, with the pattern's own wildcards escaped. */
    private static String containsPattern(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
