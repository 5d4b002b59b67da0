package org.storygraph.ingest;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Progress on the console, one phase after the other (extracting, then writing): a bar redrawn in place on a
 * terminal; plain lines otherwise, the first and last of a phase and at most one every few seconds between.
 */
public final class ConsoleProgress implements LoadProgress {
    private static final int BAR_WIDTH = 30;
    private final PrintStream out;
    private final String doing;
    private final boolean terminal;
    private final AtomicInteger done = new AtomicInteger();
    private volatile String phase = "articles";
    private volatile int total;
    private volatile long startedAt;
    private volatile long lastLineAt;

    /** doing: what the first phase counts, as in "Extracting 5 articles". */
    public ConsoleProgress(PrintStream out, String doing) {
        this.out = out;
        this.doing = doing;
        this.terminal = System.console() != null;
    }

    @Override
    public void started(int articles) {
        begin("articles", articles);
        out.println(articles == 0 ? "Nothing to extract: every article is already loaded and unchanged."
                : doing + " " + articles + " articles");
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
