package org.storygraph.semeval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.storygraph.graph.Graph;
import org.storygraph.ingest.resolve.EntityResolver;
import org.storygraph.ingest.resolve.EntityType;
import org.storygraph.ingest.resolve.KnownEntity;
import org.storygraph.ingest.resolve.LocalMention;
import org.storygraph.semeval.Timeline.Mention;

/**
 * Reads a target entity's timeline out of the graph the loader wrote: the events the entity takes part in,
 * each with every sentence reporting it (one line, however many articles), dated by the event's date.
 */
@Component
class TimelineExporter {

    private final Graph graph;

    TimelineExporter(Graph graph) {
        this.graph = graph;
    }

    Timeline export(String target, Map<String, TimemlDocument> documents) {
        Set<String> entityIds = entitiesNamed(target);
        if (entityIds.isEmpty()) {
            return new Timeline(target, List.of());
        }
        Map<String, List<Mention>> mentionsByEvent = new LinkedHashMap<>();
        Map<String, String> dateByEvent = new LinkedHashMap<>();
        graph.read("semeval-event-mentions", Map.of("entityIds", List.copyOf(entityIds)), r -> {
            String eventId = r.get("eventId").asString();
            dateByEvent.put(eventId, TaskDate.ofEvent(r.get("date").asString(null), r.get("precision").asString(null),
                    r.get("start").asString(null), r.get("end").asString(null)));
            TimemlDocument document = documents.get(r.get("articleId").asString());
            int offset = r.get("triggerBegin").isNull() ? r.get("sentenceBegin").asInt() : r.get("triggerBegin").asInt();
            Optional.ofNullable(document).flatMap(d -> d.at(offset))
                    .map(p -> new Mention(document.docId(), p.sentenceId(), p.word()))
                    .ifPresent(m -> mentionsByEvent.computeIfAbsent(eventId, k -> new ArrayList<>()).add(m));
            return eventId;
        });
        List<List<Mention>> events = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        mentionsByEvent.forEach((eventId, mentions) -> {
            events.add(List.copyOf(new LinkedHashSet<>(mentions)));
            dates.add(dateByEvent.get(eventId));
        });
        return Timeline.ranked(target, events, dates);
    }

    /**
     * The graph entities the target name stands for, by the loader's own resolver: the name is offered as a mention
     * of each entity type in turn and joins whatever known entity the resolver would have joined it to.
     */
    Set<String> entitiesNamed(String target) {
        List<KnownEntity> known = graph.read("known-entities", Map.of(), r -> new KnownEntity(r.get("id").asString(),
                r.get("name").asString(), r.get("type").asString(), r.get("aliases").asList(v -> v.asString())));
        Set<String> knownIds = new LinkedHashSet<>();
        known.forEach(k -> knownIds.add(k.id()));
        Set<String> found = new LinkedHashSet<>();
        var resolver = new EntityResolver();
        int words = target.strip().split("\\s+").length;
        for (EntityType type : EntityType.values()) {
            var mention = new LocalMention(0, 0, words, target, target.strip(), type, false);
            var resolution = resolver.resolve(List.of(new EntityResolver.ArticleMentions("semeval-target", List.of(mention))), known);
            resolution.of("semeval-target").values().stream()
                    .filter(e -> knownIds.contains(e.id()))
                    .forEach(e -> found.add(e.id()));
        }
        return found;
    }
}
