package org.storygraph.ingest;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code storygraph load PATH...}: loads files or folders into the configured database, then exits with 0 if
 * every article loaded and 1 otherwise, one line per failed file.
 */
@Component
@Order(10)
public class LoadCommand implements ApplicationRunner, ExitCodeGenerator {

    public static final String NAME = "load";

    private final LoadService loader;
    private int exitCode;

    LoadCommand(LoadService loader) {
        this.loader = loader;
    }

    public static boolean isRequested(String... args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> words = args.getNonOptionArgs();
        if (words.isEmpty() || !NAME.equals(words.get(0))) {
            return;
        }
        PrintStream out = System.out;
        if (words.size() < 2) {
            out.println("Usage: storygraph load PATH... (files .txt, .md, .jsonl or folders of them)");
            exitCode = 2;
            return;
        }
        List<Path> paths = words.subList(1, words.size()).stream().map(Path::of).toList();
        out.println("Loading " + String.join(" ", words.subList(1, words.size()))
                + " (the language models take about 15 s to load first)");
        LoadReport report = loader.load(paths, new ConsoleProgress(out, System.console() != null));
        report.warnings().forEach(w -> out.println("warning: " + w));
        report.failures().forEach(f -> out.println("FAILED " + f.line()));
        out.println(report.summary());
        exitCode = report.succeeded() ? 0 : 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** A bar redrawn in place on a terminal; plain lines, at most one every few seconds, otherwise. */
    static final class ConsoleProgress implements LoadProgress {
        private static final int BAR_WIDTH = 30;
        private final PrintStream out;
        private final boolean terminal;
        private final AtomicInteger done = new AtomicInteger();
        private volatile String phase = "articles";
        private volatile int total;
        private volatile long startedAt;
        private volatile long lastLineAt;

        ConsoleProgress(PrintStream out, boolean terminal) {
            this.out = out;
            this.terminal = terminal;
        }

        @Override
        public void started(int articles) {
            begin("articles", articles);
            out.println(articles == 0 ? "Nothing to extract: every article is already loaded and unchanged."
                    : "Extracting " + articles + " articles");
        }

        @Override
        public void articleDone() {
            step();
        }

        @Override
        public void writing(int articles) {
            if (articles > 0) {
                begin("written", articles);
                out.println("Writing " + articles + " articles");
            }
        }

        @Override
        public void articleWritten() {
            step();
        }

        private synchronized void begin(String phase, int articles) {
            this.phase = phase;
            total = articles;
            done.set(0);
            startedAt = System.nanoTime();
            lastLineAt = 0;
        }

        private synchronized void step() {
            int n = done.incrementAndGet();
            long now = System.nanoTime();
            if (!terminal && n < total && now - lastLineAt < Duration.ofSeconds(5).toNanos()) {
                return;
            }
            lastLineAt = now;
            double seconds = (now - startedAt) / 1e9;
            double rate = n / Math.max(seconds, 1e-3);
            long eta = Math.round((total - n) / Math.max(rate, 1e-9));
            String status = String.format("%d/%d %s, %.1f articles/s, ETA %d:%02d", n, total, phase, rate, eta / 60, eta % 60);
            if (terminal) {
                int filled = total == 0 ? BAR_WIDTH : BAR_WIDTH * n / total;
                out.print("\r[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] " + status);
                if (n == total) {
                    out.println();
                }
            } else {
                out.println(status);
            }
        }
    }
}
