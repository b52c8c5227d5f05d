package org.lvzhi.application.testing;

/** Every in-memory store, wired to one {@link InMemoryTransactions} so they share the acting congress. */
public record InMemoryPlatform(
        InMemoryTransactions transactions,
        InMemoryCongresses congresses,
        InMemoryTerms terms,
        InMemoryUnits units,
        InMemoryPersons persons,
        InMemoryDeputies deputies,
        InMemoryPositions positions) {

    public static InMemoryPlatform create() {
        InMemoryTransactions transactions = new InMemoryTransactions();
        InMemoryTerms terms = new InMemoryTerms(transactions);
        InMemoryUnits units = new InMemoryUnits(transactions);
        InMemoryPersons persons = new InMemoryPersons(transactions);
        return new InMemoryPlatform(
                transactions,
                new InMemoryCongresses(),
                terms,
                units,
                persons,
                new InMemoryDeputies(transactions, terms, units, persons),
                new InMemoryPositions(transactions, units, persons));
    }
}
