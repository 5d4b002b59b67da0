package org.storygraph.ingest.read;

/** Where an article's publication date came from. */
public enum PublishedFrom {
    /** The front matter or JSON {@code published} field. */
    METADATA,
    /** An explicit date near the top of the text, such as "January 25, 2018" or "2018-01-24". */
    DATELINE,
    /** Nowhere: the article is undated. */
    NONE
}
