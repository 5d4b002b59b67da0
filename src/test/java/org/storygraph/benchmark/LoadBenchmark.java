package org.storygraph.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.storygraph.StorygraphApplication;
import org.storygraph.ingest.LoadProgress;
import org.storygraph.ingest.LoadReport;
import org.storygraph.ingest.LoadService;
import org.storygraph.ingest.annotate.NlpAnnotator;
import org.storygraph.ingest.read.Article;
import org.storygraph.ingest.read.ArticleReader;
import org.storygraph.system.StorygraphProperties;

/**
 * The loader against CoreNLP alone, on the same texts, in one run: the seed articles repeated under distinct
 * ids to N articles (default 200). Both use the same pipeline instance (loaded and warmed before timing) and
 * the same number of worker threads. Run with {@code ./mvnw -Pbenchmark test-compile exec:exec}
 * (README); the loader writes to a throwaway embedded database.
 */
public final class LoadBenchmark {

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path work = Files.createTempDirectory("storygraph-benchmark-");
        List<Article> seeds = new ArticleReader(2_000_000).read(List.of(Path.of("seed"))).articles();
        Path corpus = writeCorpus(seeds, articles, work.resolve("corpus.jsonl"));

        try (var context = new SpringApplicationBuilder(StorygraphApplication.class).web(WebApplicationType.NONE).run(
                "--storygraph.data-dir=" + work.resolve("data"), "--storygraph.embedded.bolt-port=0",
                "--storygraph.load-on-start=false", "--logging.level.root=WARN")) {
            NlpAnnotator nlp = context.getBean(NlpAnnotator.class);
            int workers = context.getBean(StorygraphProperties.class).loader().effectiveWorkers();
            nlp.warmUp().join();
            seeds.forEach(a -> nlp.annotate(a.text(), a.published()));

            List<Article> texts = new ArticleReader(Long.MAX_VALUE).read(List.of(corpus)).articles();
            resetPeaks();
            long started = System.nanoTime();
            long tokens = annotateAll(nlp, texts, workers);
            double nlpSeconds = (System.nanoTime() - started) / 1e9;
            long nlpPeak = peakHeap();

            resetPeaks();
            started = System.nanoTime();
            LoadReport report = context.getBean(LoadService.class).load(List.of(corpus), LoadProgress.SILENT);
            double loaderSeconds = (System.nanoTime() - started) / 1e9;
            long loaderPeak = peakHeap();

            System.out.printf("%nLoad benchmark: %d articles (the %d seed articles repeated), %d tokens, %d workers, %s%n",
                    texts.size(), seeds.size(), tokens, workers, Runtime.version());
            System.out.printf("%-26s %10s %12s %12s %14s%n", "", "seconds", "articles/s", "tokens/s", "peak heap MB");
            System.out.printf("%-26s %10.1f %12.1f %12.0f %14d%n", "CoreNLP pipeline alone", nlpSeconds,
                    texts.size() / nlpSeconds, tokens / nlpSeconds, nlpPeak >> 20);
            System.out.printf("%-26s %10.1f %12.1f %12.0f %14d%n", "whole loader (to Neo4j)", loaderSeconds,
                    texts.size() / loaderSeconds, tokens / loaderSeconds, loaderPeak >> 20);
            System.out.printf("ratio loader / CoreNLP alone: %.2f (target: at most 1.15)%n", loaderSeconds / nlpSeconds);
            System.out.printf("loader: %s%n", report.summary());
            if (!report.succeeded()) {
                report.failures().forEach(f -> System.out.println("FAILED " + f.line()));
            }
        }
    }

    private static Path writeCorpus(List<Article> seeds, int articles, Path file) throws Exception {
        var json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            Article seed = seeds.get(i % seeds.size());
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", seed.id() + "-" + i);
            line.put("title", seed.title());
            line.put("outlet", seed.outlet());
            line.put("published", seed.published().toString());
            line.put("text", seed.text());
            lines.add(json.writeValueAsString(line));
        }
        return Files.write(file, lines);
    }

    private static long annotateAll(NlpAnnotator nlp, List<Article> texts, int workers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<Integer>> done = texts.stream()
                    .map(a -> pool.submit(() -> nlp.annotate(a.text(), a.published()).tokenCount()))
                    .toList();
            long tokens = 0;
            for (Future<Integer> f : done) {
                tokens += f.get();
            }
            return tokens;
        } finally {
            pool.shutdown();
        }
    }

    private static void resetPeaks() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }
}
