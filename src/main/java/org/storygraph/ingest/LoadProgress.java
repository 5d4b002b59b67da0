package org.storygraph.ingest;

/** Told as a load goes on, so a long load can show how far it has got. */
public interface LoadProgress {

    void started(int articles);

    void articleDone();

    LoadProgress SILENT = new LoadProgress() {
        @Override
        public void started(int articles) {
        }

        @Override
        public void articleDone() {
        }
    };
}
