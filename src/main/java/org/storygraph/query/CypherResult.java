package org.storygraph.query;

import java.util.List;

/**
 * rows: one list per row, in the order of columns; truncated: the query had more rows than the console returns;
 * millis: the time the database took, planning included.
 */
record CypherResult(List<String> columns, List<List<Object>> rows, boolean truncated, long millis) {
}
