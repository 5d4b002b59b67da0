package org.storygraph.ingest;

/** Told as a load goes on, so a long load can show how far it has got. */
public interface LoadProgress {

    void started(int articles);

    void articleDone();

    /** Extraction is over and {@code articles} are about to be written, a batch of whole articles per transaction. */
    default void writing(int articles) {
    }

    /** One more article is committed to the graph. */
    default void articleWritten() {
    }

    LoadProgress SILENT = new LoadProgress() {
        @Override
        public void started(int articles) {
        }

        @Override
        public void articleDone() {
        }
    };
}
