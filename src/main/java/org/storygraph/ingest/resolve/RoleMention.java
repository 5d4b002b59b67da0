package org.storygraph.ingest.resolve;

/** "Denver Mayor Michael Hancock": person mention, title "Mayor", at the Denver mention (null when none is named). */
public record RoleMention(LocalMention person, String title, LocalMention at, int sentence) {
}
