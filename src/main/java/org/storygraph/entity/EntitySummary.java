package org.storygraph.entity;

import java.util.List;

/** mentions: sentences naming the entity; articles: articles naming it. */
record EntitySummary(String id, String name, String type, List<String> aliases, long mentions, long articles) {
}
