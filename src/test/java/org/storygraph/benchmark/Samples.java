package org.storygraph.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.neo4j.driver.Driver;
import org.storygraph.graph.CypherFiles;

/**
 * The parameters of the read benchmark's i-th request: an entity drawn at random among those with events, the
 * window of a year in which it took part in one, and a name prefix of three letters as someone starts typing.
 */
record Samples(List<String> entities, List<Integer> years, List<String> prefixes) {

    static Samples draw(Driver driver, CypherFiles cypher, int count, Random random) {
        record Named(String id, String name, List<Integer> years) {
        }
        List<Named> candidates;
        try (var session = driver.session()) {
            candidates = session.executeRead(tx -> tx.run(cypher.file("benchmark/entities-with-events.cypher"))
                    .list(r -> new Named(r.get("id").asString(), r.get("name").asString(),
                            r.get("years").asList(v -> v.asInt()))));
        }
        var picked = random.ints(count, 0, candidates.size()).mapToObj(candidates::get).toList();
        var entities = picked.stream().map(Named::id).toList();
        var years = picked.stream().map(c -> c.years().get(random.nextInt(c.years().size()))).toList();
        var prefixes = random.ints(count, 0, candidates.size())
                .mapToObj(i -> candidates.get(i).name().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""))
                .map(name -> name.substring(0, Math.min(3, name.length())))
                .toList();
        return new Samples(entities, years, prefixes);
    }

    String entity(int i) {
        return entities.get(i % entities.size());
    }

    String from(int i) {
        return years.get(i % years.size()) + "-01-01";
    }

    String to(int i) {
        return years.get(i % years.size()) + "-12-31";
    }

    String prefix(int i) {
        return prefixes.get(i % prefixes.size());
    }
}
