package org.storygraph.ingest;

import java.time.Duration;
import java.util.List;
import org.storygraph.ingest.read.ReadFailure;

/**
 * The outcome of one load: articles found, written, skipped as unchanged; one failure per bad file (or
 * JSONL line); warnings; and what the graph holds afterwards.
 */
public record LoadReport(int articlesRead, int articlesWritten, int articlesUnchanged, List<ReadFailure> failures,
                         List<String> warnings, long entities, long events, long quotes, long tokens, Duration took) {

    public boolean succeeded() {
        return failures.isEmpty();
    }

    public String summary() {
        return String.format("%d articles read, %d written, %d unchanged, %d failed; the graph holds %d entities, %d events,"
                        + " %d quotes; %.1f s", articlesRead, articlesWritten, articlesUnchanged, failures.size(),
                entities, events, quotes, took.toMillis() / 1000.0);
    }
}
