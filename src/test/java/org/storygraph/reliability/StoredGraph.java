package org.storygraph.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.storygraph.system.EmbeddedNeo4j;

/**
 * A graph as the tests inspect it, through the Driver: a store opened in this JVM (after its process has gone) or
 * a running server. The Cypher is in {@code src/test/resources/reliability/}.
 */
final class StoredGraph implements AutoCloseable {

    /** One article as stored: its sentences' indexes and what they carry. */
    record ArticleContribution(String id, List<Long> indexes, long mentions, long eventReports, long quotations) {

        /** All of sentences 0..n-1, each once. */
        boolean sentencesWhole() {
            var sorted = indexes.stream().sorted().toList();
            for (int i = 0; i < sorted.size(); i++) {
                if (sorted.get(i) != i) {
                    return false;
                }
            }
            return !sorted.isEmpty();
        }
    }

    private final EmbeddedNeo4j server;
    private final Driver driver;

    private StoredGraph(EmbeddedNeo4j server, Driver driver) {
        this.server = server;
        this.driver = driver;
    }

    /** Opens a data directory left by a process, recovering it as the app would on its next start. */
    static StoredGraph openStore(Path dataDir) {
        EmbeddedNeo4j server = EmbeddedNeo4j.start(dataDir, 0);
        return new StoredGraph(server, GraphDatabase.driver(server.boltUri(), AuthTokens.none()));
    }

    /** Copies a store a process has left cleanly (it has exited), so several tests can start from the same graph. */
    static void copyStore(Path from, Path to) {
        try (var paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StoredGraph over(URI boltUri) {
        return new StoredGraph(null, GraphDatabase.driver(boltUri, AuthTokens.none()));
    }

    /** Nodes by label ("node:Entity") and relationships by type ("rel:MENTIONS"). */
    Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        read("counts").forEach(r -> counts.put(r.get("key").asString(), r.get("count").asLong()));
        return counts;
    }

    Map<String, ArticleContribution> articles() {
        Map<String, ArticleContribution> articles = new LinkedHashMap<>();
        read("article-contributions").forEach(r -> articles.put(r.get("id").asString(), new ArticleContribution(
                r.get("id").asString(), r.get("indexes").asList(Value::asLong).stream().sorted().toList(), r.get("mentions").asLong(),
                r.get("eventReports").asLong(), r.get("quotations").asLong())));
        return articles;
    }

    /** Each kind of provenance a half-written article would break, with how many are broken (all 0 when whole). */
    Map<String, Long> brokenLinks() {
        Record r = read("broken-links").get(0);
        Map<String, Long> broken = new LinkedHashMap<>();
        r.keys().forEach(k -> broken.put(k, r.get(k).asLong()));
        return broken;
    }

    /**
     * The whole graph as sorted lines: each node by label and id with its properties, each relationship by its
     * ends, type and properties. Property maps are sorted by key, and list values sorted: every list the loader
     * writes (aliases, sentence ids, article ids) is a set.
     */
    List<String> dump() {
        List<String> lines = new ArrayList<>();
        read("dump-nodes").forEach(r -> lines.add(r.get("labels").asList(Value::asString).stream().sorted()
                .collect(Collectors.joining(":")) + " " + canonical(r.get("properties").asMap())));
        read("dump-relationships").forEach(r -> lines.add("(" + r.get("from").asString() + ")-[" + r.get("type").asString()
                + " " + canonical(r.get("properties").asMap()) + "]->(" + r.get("to").asString() + ")"));
        lines.sort(null);
        return lines;
    }

    /** Prints how two dumps differ: their sizes, and the first lines found in one only. */
    static void printDifference(String oneName, List<String> one, String otherName, List<String> other) {
        List<String> onlyOne = new ArrayList<>(one);
        onlyOne.removeAll(other);
        List<String> onlyOther = new ArrayList<>(other);
        onlyOther.removeAll(one);
        System.out.printf("Graph dump: %d lines %s, %d %s; %d only %s, %d only %s%n", one.size(), oneName, other.size(),
                otherName, onlyOne.size(), oneName, onlyOther.size(), otherName);
        onlyOne.stream().limit(40).forEach(line -> System.out.println("  only " + oneName + ": " + line));
        onlyOther.stream().limit(40).forEach(line -> System.out.println("  only " + otherName + ": " + line));
    }

    private static final Pattern EVENT_NODE = Pattern.compile("^Event \\{.*");
    private static final Pattern EVENT_END = Pattern.compile("\\(Event:[^)]*\\)");
    private static final Pattern PARTICIPATION = Pattern.compile(
            "^\\((Entity:[^)]*)\\)-\\[PARTICIPATES_IN \\{articles=\\[([^]]*)], role=[A-Z]+}]->\\(Event:[^)]*\\)$");

    /**
     * A dump with the events left as their evidence: event nodes out, each report ({@code REPORTED_IN}) without the
     * event it was joined to, and each participation as the entity taking part in an event of an article. What is
     * left does not depend on which reports the loader merged into one event, which depends on what each load read
     * together (README, "Reliability").
     */
    static List<String> eventsAsEvidence(List<String> dump) {
        List<String> lines = new ArrayList<>();
        for (String line : dump) {
            Matcher participation = PARTICIPATION.matcher(line);
            if (participation.matches()) {
                for (String article : participation.group(2).split(", ")) {
                    lines.add("(" + participation.group(1) + ")-[PARTICIPATES_IN]->(an event of Article:" + article + ")");
                }
            } else if (!EVENT_NODE.matcher(line).matches()) {
                lines.add(EVENT_END.matcher(line).replaceAll("(Event)"));
            }
        }
        return lines.stream().distinct().sorted().toList();
    }

    private static String canonical(Map<String, Object> properties) {
        Map<String, Object> sorted = new TreeMap<>();
        properties.forEach((k, v) -> sorted.put(k, v instanceof List<?> list
                ? list.stream().map(String::valueOf).sorted().toList() : String.valueOf(v)));
        return sorted.toString();
    }

    private List<Record> read(String name) {
        String query = cypher(name);
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(query).list());
        }
    }

    private static String cypher(String name) {
        try (var in = StoredGraph.class.getResourceAsStream("/reliability/" + name + ".cypher")) {
            if (in == null) {
                throw new IllegalStateException("Missing src/test/resources/reliability/" + name + ".cypher");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.close();
        if (server != null) {
            server.close();
        }
    }
}
