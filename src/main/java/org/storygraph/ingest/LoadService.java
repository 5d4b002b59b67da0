package org.storygraph.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.storygraph.graph.Graph;
import org.storygraph.ingest.annotate.NlpAnnotator;
import org.storygraph.ingest.extracted.ArticleGraph;
import org.storygraph.ingest.read.Article;
import org.storygraph.ingest.read.ArticleReader;
import org.storygraph.ingest.read.ReadFailure;
import org.storygraph.ingest.read.ReadResult;
import org.storygraph.ingest.resolve.KnownEntity;
import org.storygraph.ingest.write.GraphWriter;
import org.storygraph.system.StorygraphProperties;

/**
 * The loader: reads files, skips articles whose content hash is already stored, extracts the rest in
 * parallel, joins them with what the graph holds, and writes each article in its own transaction, so one
 * bad article never stops or half-writes the others. Joining and writing hold the database's {@link WriterLease},
 * so loaders in other processes or on other machines take turns there.
 */
@Service
public class LoadService {

    private static final Logger log = LoggerFactory.getLogger(LoadService.class);

    private final Extraction extraction;
    private final GraphWriter writer;
    private final Graph graph;
    private final StorygraphProperties properties;

    public LoadService(NlpAnnotator nlp, GraphWriter writer, Graph graph, StorygraphProperties properties) {
        this.extraction = new Extraction(nlp);
        this.writer = writer;
        this.graph = graph;
        this.properties = properties;
    }

    /** Loads are serialised: two at once would resolve against a graph the other is changing. */
    public LoadReport load(List<Path> paths, LoadProgress progress) {
        return load(new ArticleReader(properties.loader().maxArticleBytes()).read(paths), progress);
    }

    /** Loads articles read elsewhere (the SemEval adapter builds them from TimeML), as {@link #load(List, LoadProgress)}. */
    public LoadReport loadArticles(List<Article> articles, LoadProgress progress) {
        return load(new ReadResult(articles, List.of(), List.of()), progress);
    }

    private synchronized LoadReport load(ReadResult read, LoadProgress progress) {
        long started = System.nanoTime();
        List<ReadFailure> failures = new ArrayList<>(read.failures());
        Map<String, String> stored = writer.storedHashes();
        List<Article> changed = read.articles().stream()
                .filter(a -> !a.contentHash().equals(stored.get(a.id())))
                .toList();
        progress.started(changed.size());
        List<ExtractedArticle> extracted = extractAll(changed, failures, progress);
        int written = 0;
        // What the graph holds is read, resolved against and written to by one loader at a time.
        WriterLease lease = new WriterLease(graph);
        lease.acquire();
        try {
            List<ArticleGraph> graphs = extraction.assemble(extracted, knownGraph());
            lease.renew();
            progress.writing(graphs.size());
            int batch = properties.loader().writeBatch();
            for (int from = 0; from < graphs.size(); from += batch) {
                var articles = graphs.subList(from, Math.min(graphs.size(), from + batch));
                var notWritten = writer.writeAll(articles, batch);
                notWritten.forEach(f -> failures.add(new ReadFailure(f.article().article().source(),
                        "could not be written: " + f.error().getMessage())));
                for (int i = notWritten.size(); i < articles.size(); i++) {
                    written++;
                    progress.articleWritten();
                }
                lease.renew();
            }
        } finally {
            lease.release();
        }
        Map<String, Long> counts = nodeCounts();
        long tokens = extracted.stream().mapToLong(a -> a.annotated().tokenCount()).sum();
        var report = new LoadReport(read.articles().size(), written, read.articles().size() - changed.size(),
                List.copyOf(failures), read.warnings(), counts.getOrDefault("Entity", 0L), counts.getOrDefault("Event", 0L),
                counts.getOrDefault("Quote", 0L), tokens, Duration.ofNanos(System.nanoTime() - started));
        log.info("Load finished: {}", report.summary());
        return report;
    }

    private List<ExtractedArticle> extractAll(List<Article> articles, List<ReadFailure> failures, LoadProgress progress) {
        ExecutorService workers = Executors.newFixedThreadPool(properties.loader().effectiveWorkers());
        try {
            List<Future<ExtractedArticle>> pending = articles.stream()
                    .map(article -> workers.submit(() -> {
                        try {
                            return extraction.extract(article);
                        } finally {
                            progress.articleDone();
                        }
                    }))
                    .toList();
            List<ExtractedArticle> done = new ArrayList<>();
            for (int i = 0; i < pending.size(); i++) {
                try {
                    done.add(pending.get(i).get());
                } catch (ExecutionException e) {
                    failures.add(new ReadFailure(articles.get(i).source(), "extraction failed: " + e.getCause()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Load interrupted", e);
                }
            }
            return done;
        } finally {
            workers.shutdownNow();
        }
    }

    private KnownGraph knownGraph() {
        var entities = graph.read("known-entities", Map.of(), r -> new KnownEntity(r.get("id").asString(),
                r.get("name").asString(), r.get("type").asString(), r.get("aliases").asList(v -> v.asString())));
        var events = graph.read("known-events", Map.of(), r -> new KnownGraph.KnownEvent(r.get("id").asString(),
                r.get("date").asString(), r.get("precision").asString(), r.get("start").asString(), r.get("end").asString(),
                r.get("basis").asString(), r.get("actionKey").asString(null), r.get("agentIds").asList(v -> v.asString())));
        var quotes = graph.read("known-quotes", Map.of(), r -> new KnownGraph.KnownQuote(r.get("id").asString(),
                r.get("speakerId").asString(null), r.get("text").asString()));
        return new KnownGraph(entities, events, quotes);
    }

    private Map<String, Long> nodeCounts() {
        Map<String, Long> counts = new HashMap<>();
        graph.read("node-counts", Map.of(), r -> counts.put(r.get("label").asString(), r.get("nodes").asLong()));
        return counts;
    }

    public boolean graphHasArticles() {
        return graph.read("article-count", Map.of(), r -> r.get("articles").asLong()).get(0) > 0;
    }
}
