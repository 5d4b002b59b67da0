package org.storygraph.generate;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.storygraph.graph.Graph;
import org.storygraph.ingest.ConsoleProgress;
import org.storygraph.ingest.extracted.ArticleGraph;
import org.storygraph.ingest.write.GraphWriter;

/**
 * {@code storygraph generate --events N --entities M --seed S}: writes a {@link SyntheticCorpus} through the
 * loader's own write path (one transaction per article, as {@code load} does), to measure the graph at scale.
 * It refuses a database that holds real articles, so a synthetic corpus never mixes into a story.
 */
@Component
@Order(10)
public class GenerateCommand implements ApplicationRunner, ExitCodeGenerator {

    public static final String NAME = "generate";
    private static final String USAGE = "Usage: storygraph generate --events N [--entities M] [--seed S] "
            + "(defaults: M = N / 10, S = 1); point it at its own store: --storygraph.data-dir=DIR";

    /** Articles handed to the writer at once; it writes them in transactions of its own batch size. */
    private static final int PENDING = 500;

    private final GraphWriter writer;
    private final Graph graph;
    private int exitCode;

    GenerateCommand(GraphWriter writer, Graph graph) {
        this.writer = writer;
        this.graph = graph;
    }

    public static boolean isRequested(String... args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!isRequested(args.getSourceArgs())) {
            return;
        }
        PrintStream out = System.out;
        GenerateOptions options;
        try {
            options = GenerateOptions.parse(List.of(args.getSourceArgs()).subList(1, args.getSourceArgs().length));
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.println(USAGE);
            exitCode = 2;
            return;
        }
        long real = graph.read("article-count-other-than", Map.of("prefix", SyntheticCorpus.ID_PREFIX),
                r -> r.get("articles").asLong()).get(0);
        if (real > 0) {
            out.println("This database holds " + real + " loaded articles: generate into a store of its own, e.g. "
                    + "--storygraph.data-dir=data-synthetic");
            exitCode = 1;
            return;
        }
        var corpus = new SyntheticCorpus(options.events(), options.entities(), options.seed());
        out.printf("Synthetic corpus: %d events, %d entities, %d articles, seed %d%n",
                corpus.eventCount(), options.entities(), corpus.articleCount(), options.seed());
        var progress = new ConsoleProgress(out, "Writing");
        progress.started(corpus.articleCount());
        var failures = new ArrayList<GraphWriter.WriteFailure>();
        long started = System.nanoTime();
        corpus.articles(PENDING, articles -> failures.addAll(write(articles, progress)));
        double seconds = (System.nanoTime() - started) / 1e9;
        int written = corpus.articleCount() - failures.size();
        out.printf("Wrote %d articles in %.1f s (%.0f articles/s)%n", written, seconds, written / seconds);
        failures.forEach(f -> out.println("FAILED " + f.article().article().id() + ": " + f.error().getMessage()));
        exitCode = failures.isEmpty() ? 0 : 1;
    }

    private List<GraphWriter.WriteFailure> write(List<ArticleGraph> articles, ConsoleProgress progress) {
        var failures = writer.writeAll(articles);
        articles.forEach(a -> progress.articleDone());
        return failures;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
