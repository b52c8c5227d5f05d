package org.lvzhi.application.testing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.lvzhi.domain.congress.CongressId;

/** A tenant-owned table: rows keyed by congress, each congress seeing and writing only its own. */
final class TenantTable<K, V> {

    private final String name;
    private final InMemoryTransactions transactions;
    private final Map<CongressId, Map<K, V>> rows = new HashMap<>();

    TenantTable(String name, InMemoryTransactions transactions) {
        this.name = name;
        this.transactions = transactions;
    }

    /** The acting congress's rows, in insertion order; none outside a unit of work. */
    Stream<V> visible() {
        return transactions.actingCongress().stream().flatMap(c -> rows.getOrDefault(c, Map.of()).values().stream());
    }

    Optional<V> find(K key) {
        return transactions.actingCongress().map(c -> rows.getOrDefault(c, Map.of()).get(key));
    }

    void insert(K key, V value) {
        Map<K, V> table = rows.computeIfAbsent(transactions.writingCongress(), c -> new LinkedHashMap<>());
        if (table.putIfAbsent(key, value) != null) {
            throw new IllegalStateException(name + " " + key + " is already stored");
        }
    }

    void update(K key, V value) {
        Map<K, V> table = rows.getOrDefault(transactions.writingCongress(), Map.of());
        if (!table.containsKey(key)) {
            throw new IllegalStateException("no " + name + " " + key + " in the acting congress to update");
        }
        table.put(key, value);
    }

    /** Every row of the congress, read as the schema owner would, for assertions. */
    List<V> stored(CongressId congress) {
        return List.copyOf(rows.getOrDefault(congress, Map.of()).values());
    }
}
