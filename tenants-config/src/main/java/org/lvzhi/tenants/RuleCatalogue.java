package org.lvzhi.tenants;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The project's catalogue of the seed regulations' rules ({@code tenants/rule-catalogue.yml}): each rule's id, kind,
 * seed, article and requirement, and whether the platform judges it or only records or shows it.
 */
public final class RuleCatalogue {

    private static final String RESOURCE = "tenants/rule-catalogue.yml";

    /** One rule of a seed regulation. */
    public record Entry(String id, String kind, String seed, String owner, String article, boolean enforceable,
                        String requirement) {

        /** The id's tenant prefix: QH, HN, DC, JD or BL. */
        public String prefix() {
            return id.substring(0, id.indexOf('-'));
        }
    }

    private record Document(List<Entry> rules) {
    }

    private final List<Entry> rules;

    private RuleCatalogue(List<Entry> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The catalogue shipped on the class path. */
    public static RuleCatalogue load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = RuleCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return new RuleCatalogue(yaml.readValue(in, Document.class).rules());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Entry> rules() {
        return rules;
    }

    public Optional<Entry> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The ids of one profile owner's rules. */
    public Set<String> idsOf(String owner) {
        return rules.stream().filter(r -> r.owner().equals(owner)).map(Entry::id).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The ids the platform judges (quota, deadline, approval, escalation, schedule, threshold, screening). */
    public Set<String> enforceableIds() {
        return rules.stream().filter(Entry::enforceable).map(Entry::id).collect(Collectors.toCollection(TreeSet::new));
    }
}
