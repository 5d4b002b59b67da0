package org.storygraph.ingest.resolve;

import java.util.List;

/** One entity of the corpus: its id, canonical name, type and every surface form seen. */
public record ResolvedEntity(String id, String name, EntityType type, List<String> aliases) {
}
