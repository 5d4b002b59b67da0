package org.storygraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.storygraph.ingest.annotate.AnnotatedArticle;
import org.storygraph.ingest.annotate.AnnotatedSentence;
import org.storygraph.ingest.annotate.NlpAnnotator;
import org.storygraph.ingest.events.EventCandidate;
import org.storygraph.ingest.events.EventDate;
import org.storygraph.ingest.events.EventFinder;
import org.storygraph.ingest.events.Quotation;
import org.storygraph.ingest.extracted.ArticleGraph;
import org.storygraph.ingest.extracted.ArticleGraph.EntityRow;
import org.storygraph.ingest.extracted.ArticleGraph.EventMentionRow;
import org.storygraph.ingest.extracted.ArticleGraph.EventRow;
import org.storygraph.ingest.extracted.ArticleGraph.MentionRow;
import org.storygraph.ingest.extracted.ArticleGraph.ParticipantRow;
import org.storygraph.ingest.extracted.ArticleGraph.QuoteRow;
import org.storygraph.ingest.extracted.ArticleGraph.RoleRow;
import org.storygraph.ingest.extracted.ArticleGraph.SentenceRow;
import org.storygraph.ingest.quotes.QuoteCandidate;
import org.storygraph.ingest.quotes.QuoteFinder;
import org.storygraph.ingest.quotes.QuoteText;
import org.storygraph.ingest.read.Article;
import org.storygraph.ingest.resolve.ArticleNames;
import org.storygraph.ingest.resolve.EntityResolver;
import org.storygraph.ingest.resolve.LocalMention;
import org.storygraph.ingest.resolve.ResolvedEntity;
import org.storygraph.ingest.resolve.RoleMention;

/**
 * The extraction pipeline: {@link #extract} runs per article (CoreNLP and the sentence rules, in parallel);
 * {@link #assemble} then joins a batch with the corpus: entities resolved, the same event or quote told by
 * several articles made one, and every id fixed, giving each article's {@link ArticleGraph}.
 */
class Extraction {

    private final NlpAnnotator nlp;
    private final EntityResolver resolver = new EntityResolver();

    Extraction(NlpAnnotator nlp) {
        this.nlp = nlp;
    }

    ExtractedArticle extract(Article article) {
        AnnotatedArticle annotated = nlp.annotate(article.text(), article.published());
        ArticleNames names = ArticleNames.of(annotated);
        List<Quotation> quotations = Quotation.in(article.text());
        List<EventCandidate> events = EventFinder.find(annotated, names, article.published(), quotations);
        List<QuoteCandidate> quotes = QuoteFinder.find(annotated, names, quotations);
        return new ExtractedArticle(article, annotated, names, events, quotes);
    }

    List<ArticleGraph> assemble(List<ExtractedArticle> batch, KnownGraph known) {
        var resolution = resolver.resolve(
                batch.stream().map(a -> new EntityResolver.ArticleMentions(a.article().id(), a.names().mentions())).toList(),
                known.entities());
        Map<EventCandidate, MergedEvent> events = mergeEvents(batch, known, resolution);
        Map<QuoteCandidate, MergedQuote> quotes = mergeQuotes(batch, known, resolution);
        return batch.stream().map(a -> graphOf(a, resolution.of(a.article().id()), events, quotes)).toList();
    }

    /** A union-find node for reports of one event or quote; a node that already has a graph id stays the root. */
    private abstract static class Cluster<C extends Cluster<C>> {
        String id;
        @SuppressWarnings("unchecked")
        C parent = (C) this;

        C root() {
            C node = parent;
            while (node.parent != node) {
                node = node.parent;
            }
            return node;
        }

        void joinWith(C other) {
            C mine = root();
            C theirs = other.root();
            if (mine == theirs) {
                return;
            }
            if (mine.id != null && theirs.id == null) {
                theirs.parent = mine;
            } else {
                mine.parent = theirs;
            }
        }
    }

    // ---- events -------------------------------------------------------------------------------------------

    /** A cluster of event reports: its id, best date and title. */
    private static final class MergedEvent extends Cluster<MergedEvent> {
        EventDate date;
        String title;
        String actionKey;
    }

    private record EventReport(EventCandidate candidate, String articleId, String agentId, MergedEvent node) {
    }

    /**
     * Two reports are one event when their dates fit each other and they tell the same action ("send letter"),
     * or, on the same day, have the same agent or the same object.
     */
    private Map<EventCandidate, MergedEvent> mergeEvents(List<ExtractedArticle> batch, KnownGraph known,
                                                         EntityResolver.Resolution resolution) {
        List<EventReport> reports = new ArrayList<>();
        for (KnownGraph.KnownEvent event : known.events()) {
            MergedEvent node = new MergedEvent();
            node.id = event.id();
            node.actionKey = event.actionKey();
            node.date = new EventDate(event.date(), EventDate.Precision.valueOf(event.precision()),
                    LocalDate.parse(event.start()), LocalDate.parse(event.end()), EventDate.Basis.valueOf(event.basis()));
            if (event.agentIds().isEmpty()) {
                reports.add(new EventReport(null, null, null, node));
            }
            event.agentIds().forEach(agent -> reports.add(new EventReport(null, null, agent, node)));
        }
        for (ExtractedArticle article : batch) {
            var entities = resolution.of(article.article().id());
            for (EventCandidate candidate : article.events()) {
                MergedEvent node = new MergedEvent();
                node.date = candidate.date();
                node.actionKey = candidate.actionKey();
                ResolvedEntity agent = candidate.agent() == null ? null : entities.get(candidate.agent());
                node.title = title(agent, candidate);
                reports.add(new EventReport(candidate, article.article().id(), agent == null ? null : agent.id(), node));
            }
        }
        for (int i = 0; i < reports.size(); i++) {
            for (int j = i + 1; j < reports.size(); j++) {
                if (sameEvent(reports.get(i), reports.get(j))) {
                    reports.get(i).node().joinWith(reports.get(j).node());
                }
            }
        }
        Map<MergedEvent, List<EventReport>> clusters = new LinkedHashMap<>();
        reports.forEach(r -> clusters.computeIfAbsent(r.node().root(), k -> new ArrayList<>()).add(r));
        Map<EventCandidate, MergedEvent> byCandidate = new IdentityHashMap<>();
        for (var cluster : clusters.entrySet()) {
            MergedEvent merged = settle(cluster.getKey(), cluster.getValue());
            cluster.getValue().stream().filter(r -> r.candidate() != null).forEach(r -> byCandidate.put(r.candidate(), merged));
        }
        return byCandidate;
    }

    private static boolean sameEvent(EventReport a, EventReport b) {
        if (a.node().root() == b.node().root() || !a.node().date.compatibleWith(b.node().date)) {
            return false;
        }
        if (Objects.equals(a.node().actionKey, b.node().actionKey)) {
            return true;
        }
        boolean sameDay = a.node().date.precision() == EventDate.Precision.DAY && a.node().date.value().equals(b.node().date.value());
        return sameDay && ((a.agentId() != null && a.agentId().equals(b.agentId()))
                || (objectOf(a.node().actionKey) != null && objectOf(a.node().actionKey).equals(objectOf(b.node().actionKey))));
    }

    private static String objectOf(String actionKey) {
        int space = actionKey == null ? -1 : actionKey.indexOf(' ');
        return space < 0 ? null : actionKey.substring(space + 1);
    }

    /** The cluster's date is its most precise one, then the best stated; its id is kept if the graph had one. */
    private static MergedEvent settle(MergedEvent root, List<EventReport> reports) {
        MergedEvent best = reports.stream().map(EventReport::node)
                .min(Comparator.comparing((MergedEvent m) -> m.date.precision()).thenComparing(m -> m.date.basis()))
                .orElseThrow();
        root.date = best.date;
        if (best.title != null) {
            root.title = best.title;
            root.actionKey = best.actionKey;
        } else if (root.title == null) {
            reports.stream().map(EventReport::node).filter(n -> n.title != null).findFirst().ifPresent(n -> root.title = n.title);
        }
        if (root.id == null) {
            root.id = reports.stream().map(r -> r.node().id).filter(Objects::nonNull).findFirst()
                    .orElseGet(() -> "ev-" + hash(root.actionKey + "|" + root.date.value()));
        }
        return root;
    }

    private static String title(ResolvedEntity agent, EventCandidate candidate) {
        String title = agent == null ? candidate.titleTail() : agent.name() + " " + candidate.titleTail();
        return Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }

    // ---- quotes -------------------------------------------------------------------------------------------

    private static final class MergedQuote extends Cluster<MergedQuote> {
        String text;
        String speakerId;
        LocalDate date;
    }

    /** The same words (one a passage of the other) from the same speaker, or from a speaker and an unattributed quote. */
    private Map<QuoteCandidate, MergedQuote> mergeQuotes(List<ExtractedArticle> batch, KnownGraph known,
                                                         EntityResolver.Resolution resolution) {
        List<MergedQuote> nodes = new ArrayList<>();
        Map<QuoteCandidate, MergedQuote> byCandidate = new IdentityHashMap<>();
        for (KnownGraph.KnownQuote quote : known.quotes()) {
            MergedQuote node = new MergedQuote();
            node.id = quote.id();
            node.text = quote.text();
            node.speakerId = quote.speakerId();
            nodes.add(node);
        }
        for (ExtractedArticle article : batch) {
            var entities = resolution.of(article.article().id());
            for (QuoteCandidate candidate : article.quotes()) {
                MergedQuote node = new MergedQuote();
                node.text = candidate.text();
                ResolvedEntity speaker = candidate.speaker() == null ? null : entities.get(candidate.speaker());
                node.speakerId = speaker == null ? null : speaker.id();
                node.date = article.article().published();
                nodes.add(node);
                byCandidate.put(candidate, node);
            }
        }
        List<String> normalized = nodes.stream().map(n -> QuoteText.normalize(n.text)).toList();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                MergedQuote a = nodes.get(i);
                MergedQuote b = nodes.get(j);
                boolean speakersAgree = a.speakerId == null || b.speakerId == null || a.speakerId.equals(b.speakerId);
                if (speakersAgree && a.root() != b.root() && QuoteText.samePassage(normalized.get(i), normalized.get(j))) {
                    a.joinWith(b);
                }
            }
        }
        Map<MergedQuote, List<MergedQuote>> clusters = new LinkedHashMap<>();
        nodes.forEach(n -> clusters.computeIfAbsent(n.root(), k -> new ArrayList<>()).add(n));
        for (var cluster : clusters.entrySet()) {
            MergedQuote root = cluster.getKey();
            List<MergedQuote> members = cluster.getValue();
            root.text = members.stream().map(m -> m.text).max(Comparator.comparingInt(String::length)).orElseThrow();
            root.speakerId = members.stream().map(m -> m.speakerId).filter(Objects::nonNull).findFirst().orElse(null);
            root.date = members.stream().map(m -> m.date).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
            if (root.id == null) {
                root.id = members.stream().map(m -> m.id).filter(Objects::nonNull).findFirst()
                        .orElseGet(() -> "q-" + hash(root.speakerId + "|" + QuoteText.normalize(root.text)));
            }
        }
        byCandidate.replaceAll((candidate, node) -> node.root());
        return byCandidate;
    }

    // ---- one article's rows -------------------------------------------------------------------------------

    private ArticleGraph graphOf(ExtractedArticle extracted, Map<LocalMention, ResolvedEntity> entities,
                                 Map<EventCandidate, MergedEvent> events, Map<QuoteCandidate, MergedQuote> quotes) {
        List<SentenceRow> sentences = new ArrayList<>();
        for (AnnotatedSentence sentence : extracted.annotated().sentences()) {
            sentences.add(new SentenceRow(extracted.sentenceId(sentence.index()), sentence.index(), sentence.text(),
                    sentence.begin(), sentence.end(), sentence.paragraph()));
        }
        Map<String, EntityRow> entityRows = new LinkedHashMap<>();
        Map<String, Set<String>> formsById = new LinkedHashMap<>();
        List<MentionRow> mentions = new ArrayList<>();
        for (LocalMention mention : extracted.names().mentions()) {
            ResolvedEntity entity = entities.get(mention);
            if (entity == null) {
                continue;
            }
            formsById.computeIfAbsent(entity.id(), k -> new LinkedHashSet<>()).add(mention.name());
            entityRows.put(entity.id(), new EntityRow(entity.id(), entity.name(), entity.type().name(), List.of()));
            mentions.add(new MentionRow(entity.id(), extracted.sentenceId(mention.sentence()), mention.form()));
        }
        entityRows.replaceAll((id, row) -> new EntityRow(id, row.name(), row.type(), List.copyOf(formsById.get(id))));

        List<RoleRow> roles = new ArrayList<>();
        for (RoleMention role : extracted.names().roles()) {
            ResolvedEntity person = entities.get(role.person());
            ResolvedEntity at = role.at() == null ? null : entities.get(role.at());
            if (person != null) {
                String atId = at == null ? null : at.id();
                roles.add(new RoleRow("role-" + hash(person.id() + "|" + role.title().toLowerCase() + "|" + atId),
                        person.id(), role.title(), atId, extracted.sentenceId(role.sentence())));
            }
        }

        Map<String, EventRow> eventRows = new LinkedHashMap<>();
        for (EventCandidate candidate : extracted.events()) {
            MergedEvent event = events.get(candidate);
            List<ParticipantRow> participants = candidate.participants().stream()
                    .map(entities::get).filter(Objects::nonNull).distinct()
                    .map(e -> new ParticipantRow(e.id(), candidate.agent() != null && e.equals(entities.get(candidate.agent())) ? "AGENT" : "PARTICIPANT"))
                    .toList();
            var trigger = extracted.annotated().sentences().get(candidate.sentence()).tokens().get(candidate.triggerToken());
            var mention = new EventMentionRow(extracted.sentenceId(candidate.sentence()), candidate.trigger(),
                    candidate.triggerToken(), trigger.begin(), trigger.end());
            EventRow existing = eventRows.get(event.id);
            List<ParticipantRow> allParticipants = new ArrayList<>(existing == null ? List.of() : existing.participants());
            participants.stream().filter(p -> allParticipants.stream().noneMatch(q -> q.entityId().equals(p.entityId())))
                    .forEach(allParticipants::add);
            List<EventMentionRow> allMentions = new ArrayList<>(existing == null ? List.of() : existing.mentions());
            allMentions.add(mention);
            EventDate date = event.date;
            eventRows.put(event.id, new EventRow(event.id, date.value(), date.precision().name(), date.start().toString(),
                    date.end().toString(), date.basis().name(), event.title, event.actionKey,
                    List.copyOf(allParticipants), List.copyOf(allMentions)));
        }

        Map<String, QuoteRow> quoteRows = new LinkedHashMap<>();
        for (QuoteCandidate candidate : extracted.quotes()) {
            MergedQuote quote = quotes.get(candidate);
            List<String> sentenceIds = new ArrayList<>(quoteRows.containsKey(quote.id) ? quoteRows.get(quote.id).sentenceIds() : List.of());
            candidate.sentences().stream().map(extracted::sentenceId).filter(id -> !sentenceIds.contains(id)).forEach(sentenceIds::add);
            quoteRows.put(quote.id, new QuoteRow(quote.id, quote.text, quote.speakerId,
                    quote.date == null ? null : quote.date.toString(), List.copyOf(sentenceIds)));
        }
        return new ArticleGraph(extracted.article(), sentences, List.copyOf(entityRows.values()), mentions, roles,
                List.copyOf(eventRows.values()), List.copyOf(quoteRows.values()));
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
