package org.storygraph.network;

import java.util.List;

/**
 * A node of the explorer's graph and the strongest of its neighbours: the links from it to them and among them.
 * total: how many neighbours there are in all, so a client can ask for more with skip.
 */
record Neighbourhood(Node center, List<Node> nodes, List<Link> links, int total, int skip) {

    /** type: the entity's type, or EVENT; date: an event's date. */
    record Node(String id, String name, String type, String date) {
    }

    /**
     * type: CO_OCCURS (named in the same sentences), ROLE (holds the title label at), or PARTICIPATES_IN
     * (label: AGENT or PARTICIPANT); weight: how many sentences (or, for events, articles) support it.
     */
    record Link(String id, String from, String to, String type, String label, long weight) {

        static Link of(String type, String label, String from, String to, long weight) {
            return new Link(type + ":" + from + ":" + to + (label == null ? "" : ":" + label), from, to, type, label,
                    weight);
        }
    }
}
