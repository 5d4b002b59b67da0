package org.storygraph.home;

import java.time.LocalDate;
import java.util.List;

/** The corpus at a glance. firstEventDay and lastEventDay: null when there are no events. */
record Overview(List<TypeCount> entityTypes, long events, LocalDate firstEventDay, LocalDate lastEventDay,
                List<Connected> mostConnected) {

    record TypeCount(String type, long entities) {
    }

    /** links: co-occurrences with other entities plus events taken part in. */
    record Connected(String id, String name, String type, long links) {
    }
}
