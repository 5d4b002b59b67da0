package org.storygraph.ingest.events;

import java.util.List;
import org.storygraph.ingest.resolve.LocalMention;

/**
 * A happening one sentence reports, before merging with the same happening elsewhere: the trigger word
 * (token index in the sentence), the action ("send letter"), who did it (agent, may be null), who else
 * took part, and the words of a short title after the agent.
 */
public record EventCandidate(int sentence, EventDate date, String trigger, int triggerToken, String actionKey,
                             String objectLemma, LocalMention agent, List<LocalMention> participants,
                             String titleTail) {
}
