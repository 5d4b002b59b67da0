package org.storygraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A loader killed with SIGKILL while it writes, several times over, at points drawn from a seeded Random (the seed
 * is printed; rerun one with {@code -Dreliability.seed=N}): after each kill the store opens and holds only whole
 * articles, and loading the same files again completes the corpus into the graph of a clean load: the same counts
 * and nodes and relationships, but for which event reports are merged into one event (compared as evidence:
 * {@link StoredGraph#eventsAsEvidence}).
 *
 * <p>Both stores start from the corpus's core, loaded once and copied, as README's "Reliability" advises for any
 * corpus loaded in parts: a load resumed after a crash reads only the articles not yet stored.
 */
@Tag("reliability")
class CrashDuringLoadTest {

    private static final int COPIES = 4;
    private static final int KILLS = 3;
    private static final int MAX_RESTARTS = 3;
    private static final Duration LOAD_TIMEOUT = Duration.ofMinutes(10);

    @TempDir
    Path work;

    @Test
    void aLoaderKilledWhileWritingLeavesWholeArticlesAndLoadingAgainCompletesTheCorpus() {
        Corpus corpus = Corpus.write(work.resolve("corpus"), COPIES);
        Path core = work.resolve("core");
        AppProcess.runToSuccess("crash-core-load", loadArgs(core, corpus.core()), LOAD_TIMEOUT);
        Path cleanDir = work.resolve("clean");
        StoredGraph.copyStore(core, cleanDir);
        List<Path> files = corpus.rest();

        // The reference: one clean load of the rest, timed from its first commit (the slowest: queries are planned
        // then) to its last; the loader prints a line at both.
        double secondsPerArticleWritten;
        try (var loader = AppProcess.start("crash-clean-load", loadArgs(cleanDir, files))) {
            loader.awaitLine(CrashDuringLoadTest::firstWritten, LOAD_TIMEOUT);
            long firstWritten = System.nanoTime();
            loader.awaitLine(line -> line.startsWith(files.size() + "/" + files.size() + " written"), LOAD_TIMEOUT);
            secondsPerArticleWritten = (System.nanoTime() - firstWritten) / 1e9 / (files.size() - 1);
            assertThat(loader.awaitExit(LOAD_TIMEOUT)).as(loader.tail()).isZero();
        }
        Map<String, Long> cleanCounts;
        Map<String, StoredGraph.ArticleContribution> cleanArticles;
        List<String> cleanDump;
        try (var clean = StoredGraph.openStore(cleanDir)) {
            cleanCounts = clean.counts();
            cleanArticles = clean.articles();
            cleanDump = clean.dump();
        }
        assertThat(cleanArticles).hasSize(corpus.all().size());
        System.out.printf("Clean load: %s; %.0f ms a written article%n", cleanCounts, secondsPerArticleWritten * 1000);

        long seed = Long.getLong("reliability.seed", System.nanoTime());
        System.out.println("Kill points from seed " + seed + " (rerun with -Dreliability.seed=" + seed + ")");
        Random random = new Random(seed);
        int stored = 0;
        List<String> killedMidWrite = new ArrayList<>();
        int fresh = 0;
        Path dataDir = freshCopy(core, work, ++fresh);
        double pace = secondsPerArticleWritten;
        for (int kill = 1; kill <= KILLS; kill++) {
            int remaining = files.size() - stored;
            if (remaining < 2) {
                break;
            }
            // Somewhere between its first commit and its last, on the clean load's pace.
            long delayMillis = Math.round(random.nextDouble() * (remaining - 1) * pace * 1000);
            try (var loader = AppProcess.start("crash-load-" + kill, loadArgs(dataDir, files))) {
                loader.awaitLine(CrashDuringLoadTest::firstWritten, LOAD_TIMEOUT);
                AppProcess.sleep(Duration.ofMillis(delayMillis));
                loader.kill();
            }
            try (var store = StoredGraph.openStore(dataDir)) {
                Map<String, StoredGraph.ArticleContribution> articles = store.articles();
                int storedNow = articles.size() - corpus.core().size();
                System.out.printf("Kill %d, %d ms after the first of %d articles was written: %d of them stored%n",
                        kill, delayMillis, remaining, storedNow - stored);
                assertWhole(store, articles, cleanArticles);
                if (storedNow > stored && storedNow < files.size()) {
                    killedMidWrite.add("kill " + kill);
                }
                stored = storedNow;
            }
            // A loader can write faster than the clean one did, and the first kill land after its last commit:
            // then start again from the core on twice the pace, a few times at most, so some kill lands mid-write.
            if (stored == files.size() && killedMidWrite.isEmpty() && fresh <= MAX_RESTARTS) {
                System.out.printf("Kill %d came after the last commit: again from the core, on twice the pace%n", kill);
                dataDir = freshCopy(core, work, ++fresh);
                pace /= 2;
                stored = 0;
                kill--;
            }
        }
        assertThat(killedMidWrite).as("kills that landed between the first and the last write").isNotEmpty();

        AppProcess.runToSuccess("crash-load-again", loadArgs(dataDir, files), LOAD_TIMEOUT);
        try (var store = StoredGraph.openStore(dataDir)) {
            assertWhole(store, store.articles(), cleanArticles);
            assertThat(store.articles()).hasSize(corpus.all().size());
            Map<String, Long> counts = store.counts();
            List<String> dump = store.dump();
            System.out.printf("After the last load: %s%n", counts);
            StoredGraph.printDifference("after the crashes", dump, "from the clean load", cleanDump);
            // Which reports make one event depends on what each load read together; everything else must not.
            assertThat(withoutEvents(counts)).isEqualTo(withoutEvents(cleanCounts));
            assertThat(StoredGraph.eventsAsEvidence(dump)).isEqualTo(StoredGraph.eventsAsEvidence(cleanDump));
        }
    }

    /** No broken provenance, and each stored article carries what the clean load stored for it. */
    private static void assertWhole(StoredGraph store, Map<String, StoredGraph.ArticleContribution> articles,
                                    Map<String, StoredGraph.ArticleContribution> clean) {
        assertThat(store.brokenLinks()).allSatisfy((kind, count) -> assertThat(count).as(kind).isZero());
        for (var article : articles.values()) {
            assertThat(article.sentencesWhole()).as("sentences 0..n-1 of %s: %s", article.id(), article.indexes()).isTrue();
            assertThat(article).as("what %s carries, against the clean load", article.id()).isEqualTo(clean.get(article.id()));
        }
    }

    private static Map<String, Long> withoutEvents(Map<String, Long> counts) {
        Map<String, Long> rest = new TreeMap<>(counts);
        rest.remove("node:Event");
        rest.remove("rel:PARTICIPATES_IN");
        return rest;
    }

    /** The loader's first write progress line comes with its first commit. */
    private static boolean firstWritten(String line) {
        return line.startsWith("1/") && line.contains(" written");
    }

    private static Path freshCopy(Path core, Path work, int n) {
        Path dataDir = work.resolve("crashed-" + n);
        StoredGraph.copyStore(core, dataDir);
        return dataDir;
    }

    private static List<String> loadArgs(Path dataDir, List<Path> files) {
        List<String> args = new ArrayList<>(List.of("load"));
        args.addAll(Corpus.asArguments(files));
        args.addAll(AppProcess.embeddedIn(dataDir));
        // Small batches, so a load of the corpus commits several times and a kill can land between two commits.
        args.add("--storygraph.loader.write-batch=3");
        return args;
    }
}
