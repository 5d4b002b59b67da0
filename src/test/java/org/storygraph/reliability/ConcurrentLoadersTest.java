package org.storygraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storygraph.system.EmbeddedNeo4j;

/**
 * Two loader processes on disjoint halves of a corpus, at the same time, against one Neo4j server (this test's
 * own, Bolt on a free port, no authentication), give the same graph as one loader on the whole corpus against
 * another: the same nodes with the same properties and the same relationships, but for which event reports are
 * merged into one event (compared as evidence: {@link StoredGraph#eventsAsEvidence}).
 *
 * <p>Both servers start from the corpus's core loaded by one loader (and copied), as README's "Reliability" says
 * to spread a corpus over loaders: a loader joins names to the full names the graph already holds, but names it
 * reads alone (a surname, an acronym) before anyone has stored their full form stay entities of their own.
 */
@Tag("reliability")
class ConcurrentLoadersTest {

    private static final int COPIES = 4;
    private static final Duration LOAD_TIMEOUT = Duration.ofMinutes(10);

    @TempDir
    Path work;

    @Test
    void twoLoadersOnHalvesGiveTheGraphOfOneLoaderOnTheWhole() {
        Corpus corpus = Corpus.write(work.resolve("corpus"), COPIES);
        Path core = work.resolve("core");
        AppProcess.runToSuccess("concurrent-core-load", coreArgs(core, corpus.core()), LOAD_TIMEOUT);
        StoredGraph.copyStore(core, work.resolve("together"));
        StoredGraph.copyStore(core, work.resolve("alone"));
        List<Path> files = corpus.rest();
        // Every other file: each half holds copies of every seed article, so both write the same entities and events.
        List<Path> even = IntStream.range(0, files.size()).filter(i -> i % 2 == 0).mapToObj(files::get).toList();
        List<Path> odd = IntStream.range(0, files.size()).filter(i -> i % 2 == 1).mapToObj(files::get).toList();

        List<String> together;
        try (var server = EmbeddedNeo4j.start(work.resolve("together"), 0)) {
            try (var first = AppProcess.start("concurrent-loader-even", loadArgs(server, even));
                 var second = AppProcess.start("concurrent-loader-odd", loadArgs(server, odd))) {
                assertThat(first.awaitExit(LOAD_TIMEOUT)).as(first.tail()).isZero();
                assertThat(second.awaitExit(LOAD_TIMEOUT)).as(second.tail()).isZero();
                for (var loader : List.of(first, second)) {
                    System.out.printf("%s: waited for the writer lease: %s; transactions retried: %d%n", loader.log(),
                            loader.output().stream().anyMatch(l -> l.contains("Another loader is writing")),
                            loader.output().stream().filter(l -> l.contains("will be retried")).count());
                }
            }
            try (var graph = StoredGraph.over(server.boltUri())) {
                assertThat(graph.brokenLinks()).allSatisfy((kind, count) -> assertThat(count).as(kind).isZero());
                together = graph.dump();
            }
        }

        List<String> alone;
        try (var server = EmbeddedNeo4j.start(work.resolve("alone"), 0)) {
            AppProcess.runToSuccess("concurrent-loader-whole", loadArgs(server, files), LOAD_TIMEOUT);
            try (var graph = StoredGraph.over(server.boltUri())) {
                alone = graph.dump();
            }
        }

        StoredGraph.printDifference("from two loaders", together, "from one", alone);
        System.out.printf("Events: %d from two loaders, %d from one%n", eventNodes(together), eventNodes(alone));
        // Which reports make one event depends on what each load read together; everything else must not.
        assertThat(StoredGraph.eventsAsEvidence(together)).isEqualTo(StoredGraph.eventsAsEvidence(alone));
    }

    private static long eventNodes(List<String> dump) {
        return dump.stream().filter(line -> line.startsWith("Event {")).count();
    }

    private static List<String> coreArgs(Path dataDir, List<Path> files) {
        List<String> args = new ArrayList<>(List.of("load"));
        args.addAll(Corpus.asArguments(files));
        args.addAll(AppProcess.embeddedIn(dataDir));
        return args;
    }

    private static List<String> loadArgs(EmbeddedNeo4j server, List<Path> files) {
        List<String> args = new ArrayList<>(List.of("load"));
        args.addAll(Corpus.asArguments(files));
        args.add("--spring.neo4j.uri=" + server.boltUri());
        return args;
    }
}
