package org.lvzhi.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lvzhi.adapter.persistence.testing.TestDatabase;
import org.lvzhi.application.congress.port.out.LoadTermsPort;
import org.lvzhi.application.congress.port.out.SaveCongressPort;
import org.lvzhi.application.congress.port.out.SaveTermPort;
import org.lvzhi.application.deputy.port.out.PersonPort;
import org.lvzhi.application.deputy.port.out.SaveDeputyPort;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.congress.Congress;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.Level;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.Constituency;
import org.lvzhi.domain.deputy.ContactDetails;
import org.lvzhi.domain.deputy.Deputy;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.deputy.Person;
import org.lvzhi.domain.deputy.PersonId;
import org.lvzhi.domain.deputy.Seat;
import org.lvzhi.domain.shared.Name;

@MicronautTest(transactional = false, startApplication = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RowLevelSecurityIT implements TestPropertyProvider {

    private static final CongressId A = new CongressId("rls-a-" + suffix());
    private static final CongressId B = new CongressId("rls-b-" + suffix());

    @Inject TransactionPort transactions;
    @Inject SaveCongressPort congresses;
    @Inject SaveTermPort saveTerm;
    @Inject LoadTermsPort loadTerms;
    @Inject PersonPort persons;
    @Inject SaveDeputyPort deputies;
    @Inject ConnectionOperations<Connection> connections;

    private final Login loginOfB = new Login("rls-person-" + suffix());
    private PersonId personOfB;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.instance().properties();
    }

    @BeforeAll
    void twoCongressesEachWithATermAndBWithADeputy() {
        congresses.add(new Congress(A, new Name("甲县人大"), Level.COUNTY, Optional.empty()));
        congresses.add(new Congress(B, new Name("乙县人大"), Level.COUNTY, Optional.empty()));
        transactions.inCongress(A, () -> addTerm(2021));
        TermId termOfB = transactions.inCongress(B, () -> addTerm(2022));
        personOfB = transactions.inCongress(B, () -> {
            Person person = new Person(PersonId.random(), new Name("乙代表"), Optional.of(loginOfB));
            persons.add(person);
            deputies.add(Deputy.elect(person.id(), termOfB,
                    new Seat(Constituency.DISTRICT, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, false),
                    ContactDetails.NONE));
            return person.id();
        });
    }

    @Test
    @DisplayName("a repository query without any tenant filter sees only the acting congress's rows")
    void unfilteredRepositoryQuerySeesOnlyTheActingCongress() {
        List<Term> termsOfA = transactions.readInCongress(A, () -> loadTerms.calendar().terms());

        assertThat(termsOfA).extracting(Term::number).containsExactly(2021);
    }

    @Test
    @DisplayName("raw SQL without a WHERE clause returns none of another congress's rows")
    void rawSqlSeesOnlyTheActingCongress() {
        List<String> tenantsSeenByA = transactions.readInCongress(A, () -> strings("SELECT tenant_id FROM term"));
        List<String> deputiesSeenByA = transactions.readInCongress(A, () -> strings("SELECT tenant_id FROM deputy"));

        assertThat(tenantsSeenByA).containsOnly(A.value());
        assertThat(deputiesSeenByA).isEmpty();
        assertThat(transactions.readInCongress(B, () -> strings("SELECT tenant_id FROM deputy"))).containsExactly(B.value());
    }

    @Test
    @DisplayName("inserting a row for another congress is refused by the database")
    void insertingForAnotherCongressFails() {
        assertThatThrownBy(() -> transactions.inCongress(A, () -> update(
                "INSERT INTO term (tenant_id, id, number, starts_on, ends_on) VALUES (?, ?, 7, DATE '2030-01-01', DATE '2034-12-31')",
                B.value(), UUID.randomUUID())))
                .hasStackTraceContaining("row-level security");

        assertThat(transactions.readInCongress(B, () -> strings("SELECT number::text FROM term"))).containsExactly("2022");
    }

    @Test
    @DisplayName("moving another congress's row into the acting one is refused as well")
    void updatingAnotherCongressRowChangesNothing() {
        int updated = transactions.inCongress(A, () -> update("UPDATE term SET number = 99"));

        assertThat(updated).isEqualTo(1);
        assertThat(transactions.readInCongress(B, () -> strings("SELECT number::text FROM term"))).containsExactly("2022");
        transactions.inCongress(A, () -> update("UPDATE term SET number = 2021"));
    }

    @Test
    @DisplayName("without an acting congress a query sees no rows at all, and the setting never outlives its transaction")
    void noActingCongressSeesNothing() {
        transactions.readInCongress(A, () -> strings("SELECT tenant_id FROM term"));

        List<String> seenWithoutTenant = connections.executeRead(status -> query(status.getConnection(), "SELECT tenant_id FROM term"));

        assertThat(seenWithoutTenant).isEmpty();
    }

    @Test
    @DisplayName("every table that holds a tenant_id forces row-level security and has a policy: no new table is left open")
    void everyTenantTableIsIsolated() {
        String unprotected = """
                SELECT c.relname FROM pg_class c
                  JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
                  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
                 WHERE c.relkind = 'r'
                   AND (NOT c.relrowsecurity OR NOT c.relforcerowsecurity
                        OR NOT EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid))""";
        String tenantTables = "SELECT count(*) FROM information_schema.columns WHERE column_name = 'tenant_id'"
                + " AND table_schema = current_schema()";

        List<String> open = connections.executeRead(status -> query(status.getConnection(), unprotected));
        List<String> counted = connections.executeRead(status -> query(status.getConnection(), tenantTables));

        assertThat(open).isEmpty();
        assertThat(Integer.parseInt(counted.getFirst())).as("tables and views with a tenant_id").isGreaterThan(25);
    }

    @Test
    @DisplayName("a person is reached only through the acting congress's deputies, but a login resolves to the same person")
    void personsAreReachedThroughDeputies() {
        assertThat(transactions.readInCongress(A, () -> persons.find(personOfB))).isEmpty();
        assertThat(transactions.readInCongress(B, () -> persons.find(personOfB))).isPresent();
        assertThat(transactions.readInCongress(A, () -> persons.idOf(loginOfB))).contains(personOfB);
    }

    private TermId addTerm(int number) {
        Term term = new Term(TermId.random(), number, LocalDate.of(number, 1, 1), LocalDate.of(number + 4, 12, 31));
        saveTerm.add(term);
        return term.id();
    }

    private List<String> strings(String sql) {
        return query(connections.getConnectionStatus().getConnection(), sql);
    }

    private static List<String> query(Connection connection, String sql) {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int update(String sql, Object... parameters) {
        try (PreparedStatement statement = connections.getConnectionStatus().getConnection().prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
