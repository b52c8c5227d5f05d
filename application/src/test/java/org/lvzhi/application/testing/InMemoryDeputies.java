package org.lvzhi.application.testing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.lvzhi.application.deputy.port.out.DeputySearch;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.application.deputy.port.out.SaveDeputyPort;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.Deputy;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.DeputyStatus;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.deputy.PersonId;
import org.lvzhi.domain.deputy.StatusChange;

/**
 * The deputies of each congress, read with their persons as the {@code deputy_listing} view reads them.
 * Writes check what the table's keys check: the term, units and person exist, one seat per person and term.
 * Searches apply every filter and order by the person's name.
 */
public final class InMemoryDeputies implements LoadDeputyPort, SaveDeputyPort {

    private static final Comparator<DeputyView> LISTING_ORDER = Comparator
            .comparing((DeputyView v) -> v.person().name().value())
            .thenComparing(v -> v.deputy().id().toString());

    private final InMemoryTransactions transactions;
    private final InMemoryTerms terms;
    private final InMemoryUnits units;
    private final InMemoryPersons persons;
    private final TenantTable<DeputyId, Deputy> deputies;
    private final TenantTable<Integer, StatusChange> statusChanges;

    public InMemoryDeputies(InMemoryTransactions transactions, InMemoryTerms terms, InMemoryUnits units, InMemoryPersons persons) {
        this.transactions = transactions;
        this.terms = terms;
        this.units = units;
        this.persons = persons;
        this.deputies = new TenantTable<>("deputy", transactions);
        this.statusChanges = new TenantTable<>("deputy_status_change", transactions);
        persons.reachedThrough(() -> deputies.visible().map(Deputy::person));
    }

    @Override
    public Optional<DeputyView> find(DeputyId id) {
        return deputies.find(id).map(this::view);
    }

    @Override
    public Optional<DeputyView> findByLogin(Login login) {
        return listing()
                .filter(v -> v.person().login().equals(Optional.of(login)))
                .max(Comparator.comparing(this::termStart));
    }

    @Override
    public boolean hasSeat(PersonId person, TermId term) {
        return deputies.visible().anyMatch(d -> d.person().equals(person) && d.term().equals(term));
    }

    @Override
    public Page<DeputyView> search(DeputySearch search, PageRequest page) {
        return Paging.page(listing().filter(matching(search)).sorted(LISTING_ORDER).toList(), page);
    }

    @Override
    public List<DeputyView> servingAfter(TermId term, Optional<DeputyId> after, int limit) {
        return listing().filter(view -> view.deputy().term().equals(term) && view.deputy().status() == DeputyStatus.ACTIVE)
                .filter(view -> after.map(id -> view.deputy().id().value().compareTo(id.value()) > 0).orElse(true))
                .sorted(Comparator.comparing(view -> view.deputy().id().value()))
                .limit(limit).toList();
    }

    @Override
    public Slice<DeputyView> list(DeputySearch search, KeysetRequest page) {
        return Paging.slice(listing().filter(matching(search)).sorted(LISTING_ORDER).toList(), page,
                v -> KeysetRequest.cursor(v.person().name().value(), v.deputy().id().value()));
    }

    @Override
    public List<StatusChange> statusChanges(DeputyId id) {
        return statusChanges.visible().filter(change -> change.deputy().equals(id)).toList();
    }

    /** The status changes recorded in a congress, for assertions. */
    public List<StatusChange> statusChangesIn(CongressId congress) {
        return statusChanges.stored(congress);
    }

    @Override
    public void record(StatusChange change) {
        if (deputies.find(change.deputy()).isEmpty()) {
            throw new IllegalStateException("foreign key: no deputy " + change.deputy());
        }
        statusChanges.insert((int) statusChanges.visible().count(), change);
    }

    @Override
    public void add(Deputy deputy) {
        checkReferences(deputy);
        if (hasSeat(deputy.person(), deputy.term())) {
            throw new IllegalStateException("unique constraint: person " + deputy.person() + " already sits in term " + deputy.term());
        }
        deputies.insert(deputy.id(), deputy);
    }

    @Override
    public void update(Deputy deputy) {
        checkReferences(deputy);
        deputies.update(deputy.id(), deputy);
    }

    /** The ACTIVE deputies of the term in the acting congress, as the compliance query selects them. */
    public List<DeputyView> serving(TermId term) {
        return listing().filter(v -> v.deputy().term().equals(term) && v.deputy().status() == DeputyStatus.ACTIVE).toList();
    }

    /** Stores the deputy in the congress as test set-up; its person and term must be stored already. */
    public Deputy seed(CongressId congress, Deputy deputy) {
        transactions.setUp(congress, () -> add(deputy));
        return deputy;
    }

    /** Every deputy stored for the congress. */
    public List<Deputy> stored(CongressId congress) {
        return deputies.stored(congress);
    }

    /** The stored deputy of the congress, for assertions. */
    public Deputy stored(CongressId congress, DeputyId id) {
        return stored(congress).stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no deputy " + id + " in " + congress));
    }

    private Stream<DeputyView> listing() {
        return deputies.visible().map(this::view);
    }

    private DeputyView view(Deputy deputy) {
        return new DeputyView(deputy, persons.find(deputy.person()).orElseThrow());
    }

    private LocalDate termStart(DeputyView view) {
        return terms.find(view.deputy().term()).map(Term::startsOn).orElseThrow();
    }

    private static Predicate<DeputyView> matching(DeputySearch search) {
        return view -> {
            Deputy d = view.deputy();
            return search.name().map(n -> contains(view.person().name().value(), n)).orElse(true)
                    && search.term().map(d.term()::equals).orElse(true)
                    && search.status().map(s -> d.status() == s).orElse(true)
                    && search.delegation().map(u -> d.seat().delegation().equals(Optional.of(u))).orElse(true)
                    && search.deputyGroup().map(u -> d.seat().deputyGroup().equals(Optional.of(u))).orElse(true)
                    && search.grassroots().map(g -> d.seat().grassroots() == g).orElse(true)
                    && search.military().map(m -> d.seat().military() == m).orElse(true);
        };
    }

    /** Like {@code ILIKE '%text%'}: case-insensitive, the searched text stripped. */
    private static boolean contains(String name, String text) {
        return name.toLowerCase(Locale.ROOT).contains(text.strip().toLowerCase(Locale.ROOT));
    }

    private void checkReferences(Deputy deputy) {
        if (terms.find(deputy.term()).isEmpty()) {
            throw new IllegalStateException("foreign key: no term " + deputy.term() + " in the acting congress");
        }
        Stream.concat(deputy.seat().delegation().stream(), deputy.seat().deputyGroup().stream())
                .filter(unit -> units.find(unit).isEmpty())
                .findFirst()
                .ifPresent(unit -> {
                    throw new IllegalStateException("foreign key: no unit " + unit + " in the acting congress");
                });
        if (!persons.exists(deputy.person())) {
            throw new IllegalStateException("foreign key: no person " + deputy.person());
        }
    }
}
