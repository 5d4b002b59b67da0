package org.storygraph.generate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.storygraph.ingest.events.EventDate;
import org.storygraph.ingest.events.EventDate.Basis;
import org.storygraph.ingest.extracted.ArticleGraph;
import org.storygraph.ingest.extracted.ArticleGraph.EntityRow;
import org.storygraph.ingest.extracted.ArticleGraph.EventMentionRow;
import org.storygraph.ingest.extracted.ArticleGraph.EventRow;
import org.storygraph.ingest.extracted.ArticleGraph.MentionRow;
import org.storygraph.ingest.extracted.ArticleGraph.ParticipantRow;
import org.storygraph.ingest.extracted.ArticleGraph.QuoteRow;
import org.storygraph.ingest.extracted.ArticleGraph.RoleRow;
import org.storygraph.ingest.extracted.ArticleGraph.SentenceRow;
import org.storygraph.ingest.read.Article;
import org.storygraph.ingest.read.PublishedFrom;

/**
 * A synthetic corpus shaped like the loader's output, for measuring the graph at sizes no seed corpus reaches.
 *
 * <p>Entities are mentioned with power-law frequency (a few are everywhere, most appear once or twice); events
 * are spread over 2000–2025 with mixed precision and basis, and have one to eight sources; an article reports
 * about six events close in time, names their participants, quotes people (some quotes are repeated by other
 * outlets) and now and then gives someone a title. The same seed gives the same corpus.
 */
public final class SyntheticCorpus {

    static final String ID_PREFIX = "synthetic-";
    private static final int EVENTS_PER_ARTICLE = 6;
    private static final String[] SYLLABLES = {"ba", "ren", "tor", "li", "mo", "sa", "ke", "dun", "vi", "ha",
            "lo", "mar", "el", "gu", "pe", "ri", "an", "cos", "te", "nu", "fa", "wil", "os", "de"};
    private static final String[] ORGANISATION_KINDS = {"Department", "Council", "Corporation", "Agency", "Union",
            "Institute", "Party", "Bank", "Court", "Foundation"};
    private static final String[] PLACE_KINDS = {"", " City", " County", " Valley", " Harbor"};
    private static final String[][] ACTIONS = {{"sent", "letter"}, {"signed", "agreement"}, {"announced", "plan"},
            {"rejected", "proposal"}, {"sued", "government"}, {"approved", "budget"}, {"met", "delegation"},
            {"criticized", "decision"}, {"opened", "investigation"}, {"won", "election"}, {"closed", "office"},
            {"launched", "program"}, {"threatened", "funding"}, {"defended", "policy"}, {"hired", "director"}};
    private static final String[] TITLES = {"Mayor", "Director", "Spokesperson", "Chairman", "Governor", "Minister",
            "Chief Executive", "Senator"};
    private static final String[] WORDS = {"we", "will", "not", "stand", "for", "this", "the", "people", "deserve",
            "better", "our", "city", "is", "safe", "law", "is", "clear", "it", "was", "a", "mistake", "proud",
            "of", "work", "going", "to", "fight", "every", "step"};

    private final Random random;
    private final List<Entity> entities = new ArrayList<>();
    private final double[] entityWeights;
    private final int[] people;
    private final double[] personWeights;
    private final List<Event> events = new ArrayList<>();
    private final int quotePool;

    /** An entity: its id, full name, type, and the forms it is written in (the full name first). */
    private record Entity(String id, String name, String type, List<String> forms) {
    }

    private record Event(String id, EventDate date, String verb, String object, List<Integer> participants,
                         int sources) {
    }

    public SyntheticCorpus(int eventCount, int entityCount, long seed) {
        if (eventCount < 1 || entityCount < 2) {
            throw new IllegalArgumentException("A synthetic corpus needs at least 1 event and 2 entities");
        }
        random = new Random(seed);
        for (int i = 0; i < entityCount; i++) {
            entities.add(entity(i));
        }
        entityWeights = cumulativeZipf(entityCount);
        people = IntStream.range(0, entityCount)
                .filter(i -> entities.get(i).type().equals("PERSON")).toArray();
        personWeights = cumulativeZipf(Math.max(1, people.length));
        for (int i = 0; i < eventCount; i++) {
            events.add(event(i));
        }
        quotePool = Math.max(1, articleCount() * 3 / 2);
    }

    /** How many articles the corpus has: every source of every event, about six to an article. */
    public int articleCount() {
        long reports = events.stream().mapToLong(Event::sources).sum();
        return (int) Math.max(1, (reports + EVENTS_PER_ARTICLE - 1) / EVENTS_PER_ARTICLE);
    }

    public int eventCount() {
        return events.size();
    }

    /**
     * Hands each article to {@code sink}, in publication order. The events' reports are laid out by date with
     * a few weeks of jitter, so an article covers events close in time and an event's sources are a few
     * articles apart.
     */
    public void articles(Consumer<ArticleGraph> sink) {
        record Report(Event event, long order) {
        }
        var reports = new ArrayList<Report>();
        for (Event event : events) {
            for (int s = 0; s < event.sources(); s++) {
                reports.add(new Report(event, event.date().start().toEpochDay() + random.nextInt(45)));
            }
        }
        reports.sort(Comparator.comparingLong(Report::order));
        int articleIndex = 0;
        for (int from = 0; from < reports.size(); from += EVENTS_PER_ARTICLE) {
            var chosen = new LinkedHashSet<Event>();
            reports.subList(from, Math.min(reports.size(), from + EVENTS_PER_ARTICLE)).forEach(r -> chosen.add(r.event()));
            sink.accept(article(articleIndex++, List.copyOf(chosen)));
        }
    }

    /** As {@link #articles(Consumer)}, handed over in lists of at most {@code batchSize}. */
    public void articles(int batchSize, Consumer<List<ArticleGraph>> sink) {
        var batch = new ArrayList<ArticleGraph>();
        articles(article -> {
            batch.add(article);
            if (batch.size() == batchSize) {
                sink.accept(List.copyOf(batch));
                batch.clear();
            }
        });
        if (!batch.isEmpty()) {
            sink.accept(List.copyOf(batch));
        }
    }

    private ArticleGraph article(int index, List<Event> reported) {
        String articleId = ID_PREFIX + index;
        var text = new StringBuilder();
        var sentences = new ArrayList<SentenceRow>();
        var mentions = new ArrayList<MentionRow>();
        var used = new LinkedHashMap<String, Entity>();
        var eventRows = new ArrayList<EventRow>();
        var quotes = new ArrayList<QuoteRow>();
        var roles = new ArrayList<RoleRow>();
        LocalDate published = reported.stream().map(e -> e.date().end()).max(Comparator.naturalOrder()).orElseThrow()
                .plusDays(random.nextInt(3));

        for (Event event : reported) {
            Entity agent = entities.get(event.participants().get(0));
            String agentForm = formOf(agent);
            var words = new ArrayList<String>(List.of(agentForm, event.verb(), "the", event.object()));
            var named = new LinkedHashMap<Entity, String>(Map.of(agent, agentForm));
            for (int p : event.participants().subList(1, event.participants().size())) {
                Entity other = entities.get(p);
                String form = formOf(other);
                words.addAll(List.of(named.size() == 1 ? "with" : "and", form));
                named.put(other, form);
            }
            words.add("in " + event.date().value());
            String sentenceId = sentence(articleId, sentences, text, String.join(" ", words) + ".");
            int triggerBegin = sentences.get(sentences.size() - 1).begin() + agentForm.length() + 1;
            named.forEach((e, form) -> {
                mentions.add(new MentionRow(e.id(), sentenceId, form));
                used.put(e.id(), e);
            });
            var participants = new ArrayList<ParticipantRow>();
            named.keySet().forEach(e -> participants.add(new ParticipantRow(e.id(), e == agent ? "AGENT" : "PARTICIPANT")));
            EventDate date = event.date();
            eventRows.add(new EventRow(event.id(), date.value(), date.precision().name(), date.start().toString(),
                    date.end().toString(), date.basis().name(), agent.name() + " " + event.verb() + " the " + event.object(),
                    event.verb() + " " + event.object(), participants,
                    List.of(new EventMentionRow(sentenceId, event.verb(), agentForm.split(" ").length,
                            triggerBegin, triggerBegin + event.verb().length()))));
        }

        for (int q = 0, count = 1 + random.nextInt(2); q < count; q++) {
            Entity speaker = entities.get(people.length == 0 ? zipf(entityWeights) : people[zipf(personWeights)]);
            int quoteNumber = random.nextInt(quotePool);
            String quoted = quoteText(quoteNumber);
            String sentenceId = sentence(articleId, sentences, text, "\"" + quoted + ",\" said " + speaker.name() + ".");
            mentions.add(new MentionRow(speaker.id(), sentenceId, speaker.name()));
            used.put(speaker.id(), speaker);
            quotes.add(new QuoteRow("syn-q-" + quoteNumber, quoted, speaker.id(), published.toString(), List.of(sentenceId)));
        }

        if (random.nextInt(10) == 0 && people.length > 0) {
            Entity person = entities.get(people[zipf(personWeights)]);
            Entity at = entities.get(zipf(entityWeights));
            if (!at.type().equals("PERSON")) {
                String title = TITLES[Math.floorMod(person.id().hashCode(), TITLES.length)];
                String sentenceId = sentence(articleId, sentences, text, at.name() + " " + title + " " + person.name() + " spoke.");
                mentions.add(new MentionRow(at.id(), sentenceId, at.name()));
                mentions.add(new MentionRow(person.id(), sentenceId, person.name()));
                used.put(at.id(), at);
                used.put(person.id(), person);
                roles.add(new RoleRow("syn-r-" + person.id() + "-" + title, person.id(), title, at.id(), sentenceId));
            }
        }

        var entityRows = used.values().stream()
                .map(e -> new EntityRow(e.id(), e.name(), e.type(), e.forms())).toList();
        Entity lead = entities.get(reported.get(0).participants().get(0));
        String title = lead.name() + " " + reported.get(0).verb() + " the " + reported.get(0).object();
        String outlet = "Synthetic " + new String[]{"Gazette", "Herald", "Tribune", "Post", "Times", "Courier"}[index % 6];
        var article = new Article(articleId, title, outlet, null, published, PublishedFrom.METADATA, text.toString(),
                sha256(articleId + "\n" + title + "\n" + text), "generated");
        return new ArticleGraph(article, sentences, entityRows, mentions, roles, eventRows, quotes);
    }

    /** Appends a sentence (its own paragraph) to the text and returns its id. */
    private static String sentence(String articleId, List<SentenceRow> sentences, StringBuilder text, String sentence) {
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        int begin = text.length();
        text.append(sentence);
        int index = sentences.size();
        String id = articleId + "#" + index;
        sentences.add(new SentenceRow(id, index, sentence, begin, text.length(), index));
        return id;
    }

    private Entity entity(int index) {
        int kind = random.nextInt(100);
        String id = "syn-e-" + index;
        if (kind < 45) {
            String first = capitalised(name(2));
            String last = capitalised(name(2 + random.nextInt(2)));
            return new Entity(id, first + " " + last, "PERSON", List.of(first + " " + last, last));
        }
        if (kind < 75) {
            String core = capitalised(name(2 + random.nextInt(2)));
            String name = core + " " + ORGANISATION_KINDS[random.nextInt(ORGANISATION_KINDS.length)];
            String acronym = Arrays.stream(name.split(" ")).map(w -> w.substring(0, 1)).reduce("", String::concat)
                    + index % 100;
            return new Entity(id, name, "ORGANIZATION", List.of(name, acronym));
        }
        if (kind < 90) {
            String name = capitalised(name(2 + random.nextInt(2))) + PLACE_KINDS[random.nextInt(PLACE_KINDS.length)];
            return new Entity(id, name, "PLACE", List.of(name));
        }
        String type = kind < 94 ? "LAW" : kind < 97 ? "PROGRAM" : "PRODUCT";
        String name = switch (type) {
            case "LAW" -> "Section " + (100 + index % 9000);
            case "PROGRAM" -> capitalised(name(2)) + " Grant " + index % 1000;
            default -> capitalised(name(2)) + " " + (index % 900 + 100);
        };
        return new Entity(id, name, type, List.of(name));
    }

    private Event event(int index) {
        int year = 2000 + random.nextInt(26);
        LocalDate day = LocalDate.ofYearDay(year, 1 + random.nextInt(365));
        int precision = random.nextInt(100);
        int basis = random.nextInt(100);
        Basis dayBasis = basis < 50 ? Basis.EXPLICIT : basis < 75 ? Basis.RELATIVE : Basis.PUBLISHED;
        EventDate date = precision < 70 ? EventDate.day(day, dayBasis)
                : precision < 75 ? EventDate.week(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                        Basis.RELATIVE)
                : precision < 90 ? EventDate.month(YearMonth.from(day), Basis.EXPLICIT)
                : EventDate.year(year, Basis.EXPLICIT);
        var participants = new LinkedHashSet<Integer>();
        for (int i = 0, wanted = 1 + random.nextInt(3); i < wanted; i++) {
            participants.add(zipf(entityWeights));
        }
        int sourcesRoll = random.nextInt(100);
        int sources = sourcesRoll < 45 ? 1 : sourcesRoll < 70 ? 2 : sourcesRoll < 85 ? 3 : 4 + random.nextInt(5);
        String[] action = ACTIONS[random.nextInt(ACTIONS.length)];
        return new Event("syn-v-" + index, date, action[0], action[1], List.copyOf(participants), sources);
    }

    private String formOf(Entity entity) {
        return entity.forms().get(random.nextInt(entity.forms().size()));
    }

    private String quoteText(int number) {
        var words = new Random(number * 7919L);
        var quote = new StringBuilder(capitalised(WORDS[words.nextInt(WORDS.length)]));
        for (int i = 0, n = 6 + words.nextInt(10); i < n; i++) {
            quote.append(' ').append(WORDS[words.nextInt(WORDS.length)]);
        }
        return quote.append(" (").append(number).append(')').toString();
    }

    private String name(int syllables) {
        var name = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return name.toString();
    }

    /** Weights 1/rank^1.1, summed: a few entities take most mentions, as in news. */
    private static double[] cumulativeZipf(int n) {
        double[] cumulative = new double[n];
        double total = 0;
        for (int rank = 1; rank <= n; rank++) {
            total += 1 / Math.pow(rank, 1.1);
            cumulative[rank - 1] = total;
        }
        return cumulative;
    }

    private int zipf(double[] cumulative) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int found = Arrays.binarySearch(cumulative, target);
        return Math.min(cumulative.length - 1, found >= 0 ? found : -found - 1);
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
