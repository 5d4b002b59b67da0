package org.storygraph.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storygraph.graph.Graph;

/**
 * One loader at a time resolves and writes, whichever process or machine it runs on: a {@code LoadLease} node names
 * the holder until it expires. Resolution joins names and events to what the graph holds, read once before
 * writing; without the lease two loaders writing at once would each miss what the other is writing and make twins
 * of the same entities and events. Extraction, nearly all of a load's time, runs outside the lease, so loaders on
 * several machines still work in parallel. A holder renews the lease after each article; a holder that dies
 * (killed, or its machine gone) stops renewing, and the lease is free again {@link #TERM} later.
 */
final class WriterLease {

    private static final Logger log = LoggerFactory.getLogger(WriterLease.class);

    static final Duration TERM = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofSeconds(1);

    private final Graph graph;
    private final String holder = UUID.randomUUID().toString();

    WriterLease(Graph graph) {
        this.graph = graph;
    }

    /** Waits for the lease and takes it. */
    void acquire() {
        boolean told = false;
        while (!take()) {
            if (!told) {
                log.info("Another loader is writing to this database: waiting for it to finish (at most {} s after it stops)",
                        TERM.toSeconds());
                told = true;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for another loader to finish writing", e);
            }
        }
    }

    /** Keeps the lease for another term; fails if it expired and another loader took it meanwhile. */
    void renew() {
        if (!take()) {
            throw new IllegalStateException("This loader's write lease expired (over " + TERM.toSeconds()
                    + " s without renewal) and another loader took it; load the same files again to finish");
        }
    }

    void release() {
        graph.write("load-lease-release", Map.of("holder", holder));
    }

    private boolean take() {
        List<String> taken = new ArrayList<>();
        graph.inWriteTransaction(tx -> {
            // The Driver may run this more than once (a transient failure): only the last run counts.
            taken.clear();
            taken.addAll(tx.read("load-lease-take", Map.of("holder", holder, "seconds", TERM.toSeconds()),
                    r -> r.get("holder").asString()));
        });
        return !taken.isEmpty();
    }
}
