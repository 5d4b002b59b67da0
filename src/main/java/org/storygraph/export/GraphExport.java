package org.storygraph.export;

import java.util.List;

/** Entities and events and the relationships between them, as the GraphML export draws them. */
record GraphExport(List<Node> nodes, List<Edge> edges) {

    /** label: Entity or Event; type: the entity's type, or EVENT; name: an entity's name or an event's title. */
    record Node(String id, String label, String type, String name, String date) {
    }

    /** type: CO_OCCURS or PARTICIPATES_IN; role: AGENT or PARTICIPANT for a participation. */
    record Edge(String source, String target, String type, double weight, String role) {
    }
}
