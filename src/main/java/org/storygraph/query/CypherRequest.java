package org.storygraph.query;

import java.util.Map;

/** A console query and its parameters ({@code $name} in the query); params may be absent. */
record CypherRequest(String query, Map<String, Object> params) {
}
