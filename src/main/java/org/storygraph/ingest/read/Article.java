package org.storygraph.ingest.read;

import java.time.LocalDate;

/**
 * One news article as read from a file, ready to load.
 *
 * @param published     may be null (undated); {@code publishedFrom} says where it came from
 * @param text          the body, byte-for-byte as in the file (front matter and a leading BOM removed)
 * @param contentHash   SHA-256 hex of title, outlet, url, published and text, so any edit counts as a change
 * @param source        the path as given, or {@code path:lineNumber} for a JSON Lines article
 */
public record Article(String id, String title, String outlet, String url, LocalDate published,
                      PublishedFrom publishedFrom, String text, String contentHash, String source) {
}
