package org.storygraph.ingest.read;

/** A file (or JSON Lines line) that could not be read, and why, in words a user can act on. */
public record ReadFailure(String source, String reason) {

    /** One line for a log or a CLI, e.g. {@code news.jsonl:3: invalid JSON: ...}. */
    public String line() {
        return source + ": " + reason;
    }
}
