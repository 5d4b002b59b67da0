package org.storygraph.ingest;

import java.util.List;
import org.storygraph.ingest.resolve.KnownEntity;

/** What the graph already holds that new articles must join rather than duplicate. */
record KnownGraph(List<KnownEntity> entities, List<KnownEvent> events, List<KnownQuote> quotes) {

    /** agentIds: the entities with role AGENT in it. */
    record KnownEvent(String id, String date, String precision, String start, String end, String basis,
                      String actionKey, List<String> agentIds) {
    }

    record KnownQuote(String id, String speakerId, String text) {
    }
}
