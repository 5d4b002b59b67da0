package org.storygraph.ingest.resolve;

import java.util.List;

/** An entity already in the graph, so that new articles join it instead of creating a twin. */
public record KnownEntity(String id, String name, String type, List<String> aliases) {
}
