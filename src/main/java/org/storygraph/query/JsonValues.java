package org.storygraph.query;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.Relationship;

/**
 * Neo4j values as plain JSON: nodes {id, labels, properties}, relationships {id, type, start, end, properties}
 * (ids are element ids), paths {nodes, relationships}, dates, times and durations as ISO 8601 strings,
 * points {srid, x, y, z}, bytes as Base64.
 */
final class JsonValues {

    private JsonValues() {
    }

    static List<Object> row(Record record) {
        var row = new ArrayList<>(record.size());
        record.values().forEach(value -> row.add(json(value.asObject())));
        return row;
    }

    static Object json(Object value) {
        if (value == null || value instanceof Boolean || value instanceof Long || value instanceof String) {
            return value;
        }
        if (value instanceof Double d) {
            // JSON has no NaN or infinity.
            return d.isNaN() || d.isInfinite() ? d.toString() : d;
        }
        if (value instanceof Node node) {
            return node(node);
        }
        if (value instanceof Relationship relationship) {
            return relationship(relationship);
        }
        if (value instanceof Path path) {
            var nodes = new ArrayList<Object>();
            path.nodes().forEach(node -> nodes.add(node(node)));
            var relationships = new ArrayList<Object>();
            path.relationships().forEach(relationship -> relationships.add(relationship(relationship)));
            return ordered("nodes", nodes, "relationships", relationships);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(JsonValues::json).toList();
        }
        if (value instanceof Map<?, ?> map) {
            var json = new LinkedHashMap<String, Object>();
            map.forEach((key, v) -> json.put(String.valueOf(key), json(v)));
            return json;
        }
        if (value instanceof ZonedDateTime dateTime) {
            return dateTime.getZone() instanceof ZoneOffset
                    ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime)
                    : DateTimeFormatter.ISO_ZONED_DATE_TIME.format(dateTime);
        }
        if (value instanceof LocalDate || value instanceof LocalDateTime || value instanceof LocalTime
                || value instanceof OffsetTime || value instanceof IsoDuration) {
            return value.toString();
        }
        if (value instanceof Point point) {
            var json = new LinkedHashMap<String, Object>();
            json.put("srid", point.srid());
            json.put("x", point.x());
            json.put("y", point.y());
            if (!Double.isNaN(point.z())) {
                json.put("z", point.z());
            }
            return json;
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        return String.valueOf(value);
    }

    private static Map<String, Object> node(Node node) {
        var labels = new ArrayList<String>();
        node.labels().forEach(labels::add);
        return ordered("id", node.elementId(), "labels", labels, "properties", json(node.asMap()));
    }

    private static Map<String, Object> relationship(Relationship r) {
        var json = ordered("id", r.elementId(), "type", r.type(), "start", r.startNodeElementId());
        json.put("end", r.endNodeElementId());
        json.put("properties", json(r.asMap()));
        return json;
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
