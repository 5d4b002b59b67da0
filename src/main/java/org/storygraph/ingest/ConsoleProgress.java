package org.storygraph.ingest;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** Progress on the console: a bar redrawn in place on a terminal; plain lines, at most one every few seconds, otherwise. */
public final class ConsoleProgress implements LoadProgress {
    private static final int BAR_WIDTH = 30;
    private final PrintStream out;
    private final String doing;
    private final boolean terminal;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private volatile long startedAt;
    private volatile long lastLineAt;

    /** doing: what the bar counts, as in "Extracting 5 articles". */
    public ConsoleProgress(PrintStream out, String doing) {
        this.out = out;
        this.doing = doing;
        this.terminal = System.console() != null;
    }

    @Override
    public void started(int articles) {
        total = articles;
        startedAt = System.nanoTime();
        out.println(articles == 0 ? "Nothing to extract: every article is already loaded and unchanged."
                : doing + " " + articles + " articles");
    }

    @Override
    public synchronized void articleDone() {
        int n = done.incrementAndGet();
        long now = System.nanoTime();
        if (!terminal && n < total && now - lastLineAt < Duration.ofSeconds(5).toNanos()) {
            return;
        }
        lastLineAt = now;
        double seconds = (now - startedAt) / 1e9;
        double rate = n / Math.max(seconds, 1e-3);
        long eta = Math.round((total - n) / Math.max(rate, 1e-9));
        String status = String.format("%d/%d articles, %.1f articles/s, ETA %d:%02d", n, total, rate, eta / 60, eta % 60);
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
