package org.lvzhi.application.testing;

/** Every in-memory store, wired to one {@link InMemoryTransactions} so they share the acting congress. */
public record InMemoryPlatform(
        InMemoryTransactions transactions,
        InMemoryCongresses congresses,
        InMemoryTerms terms,
        InMemoryUnits units,
        InMemoryPersons persons,
        InMemoryDeputies deputies,
        InMemoryPositions positions,
        InMemoryDutyRecords records,
        InMemoryAbsences absences,
        InMemoryActivities activities,
        InMemorySupervisionCases cases) {

    public static InMemoryPlatform create() {
        InMemoryTransactions transactions = new InMemoryTransactions();
        InMemoryTerms terms = new InMemoryTerms(transactions);
        InMemoryUnits units = new InMemoryUnits(transactions);
        InMemoryPersons persons = new InMemoryPersons(transactions);
        InMemoryDeputies deputies = new InMemoryDeputies(transactions, terms, units, persons);
        return new InMemoryPlatform(
                transactions,
                new InMemoryCongresses(),
                terms,
                units,
                persons,
                deputies,
                new InMemoryPositions(transactions, units, persons),
                new InMemoryDutyRecords(transactions, deputies),
                new InMemoryAbsences(transactions),
                new InMemoryActivities(transactions),
                new InMemorySupervisionCases(transactions));
    }

    /** The compliance counts the database would answer from these stores. */
    public InMemoryComplianceCounts complianceCounts() {
        return new InMemoryComplianceCounts(deputies, positions, records);
    }
}
