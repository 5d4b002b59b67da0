package org.storygraph.ingest.read;

/** Why one input cannot become an article; it ends that input only, never the batch. */
final class BadInput extends Exception {

    BadInput(String reason) {
        // Reasons end up in one-line reports, and parser messages often span several lines.
        super(reason.replaceAll("\\s*\\R\\s*", " ").strip(), null, false, false);
    }

    String reason() {
        return getMessage();
    }
}
