package org.storygraph.embed;

/** What the timeline's "Embed" button shows: the iframe to copy, the embed's address and the full page's. */
record EmbedSnippet(String html, String embedUrl, String timelineUrl, int height) {
}
