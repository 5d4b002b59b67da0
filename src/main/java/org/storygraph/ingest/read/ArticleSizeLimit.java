package org.storygraph.ingest.read;

import java.util.Locale;

/** The largest article the pipeline takes; a bigger one is almost always a dump or a wrong file, not news. */
record ArticleSizeLimit(long maxBytes) {

    ArticleSizeLimit {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxArticleBytes must be positive, was " + maxBytes);
        }
    }

    void check(long bytes) throws BadInput {
        if (bytes > maxBytes) {
            throw new BadInput(String.format(Locale.ROOT, "is %,d bytes, over the limit of %,d bytes per article",
                    bytes, maxBytes));
        }
    }
}
