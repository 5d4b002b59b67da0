package org.storygraph.timeline;

import java.util.List;

/** One event as the timeline's panel shows it: the event and what its participants said on its date. */
record EventDetail(EventView event, List<DayQuote> quotes) {

    record DayQuote(String id, String text, String date, String speakerId, String speakerName) {
    }
}
