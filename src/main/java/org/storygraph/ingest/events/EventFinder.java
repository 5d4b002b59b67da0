package org.storygraph.ingest.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.storygraph.ingest.annotate.AnnotatedArticle;
import org.storygraph.ingest.annotate.AnnotatedSentence;
import org.storygraph.ingest.annotate.TimeMention;
import org.storygraph.ingest.annotate.Token;
import org.storygraph.ingest.resolve.ArticleNames;
import org.storygraph.ingest.resolve.EntityType;
import org.storygraph.ingest.resolve.LocalMention;
import org.storygraph.ingest.resolve.RoleMention;

/**
 * Finds the sentences that report something happening, outside quotations: an action verb with at least one
 * participant (named, or a subject pronoun standing for the entity named just before) and a date basis; each
 * other verb with a tense in the sentence is an event too. The date is the sentence's own (the expression
 * nearest the verb), else one stated earlier in the same paragraph, else, for the day's news (the past tense in
 * the lead, the present perfect, a headline's present tense), the publication date. A sentence with a vague date
 * of its own ("in the summer", "once") or none of these is not forced onto a date.
 */
public final class EventFinder {

    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "will", "would", "can", "could", "may",
            "might", "must", "shall", "should", "'s", "'re", "'ve", "get");
    /** Reporting verbs: the quotes they introduce are kept as Quote nodes, not as events. */
    private static final Set<String> REPORTING = Set.of("say", "tell", "write", "add", "tweet", "state", "note",
            "according", "ask", "explain", "claim");
    /** States, not happenings: not dated by the publication day. */
    private static final Set<String> STATES = Set.of("be", "have", "seem", "remain", "know", "believe", "think", "want",
            "need", "appear", "continue", "include", "mean", "feel", "hope", "like", "look", "sound", "refer");
    private static final Pattern VAGUE_TIMEX = Pattern.compile("^(PRESENT_REF|PAST_REF|FUTURE_REF|.*-(SP|SU|FA|WI)|X.*)$");
    private static final int LEAD_PARAGRAPHS = 5;
    /** The lead also by length, so it does not depend on how the text was broken into lines (one sentence a line, say). */
    private static final int LEAD_WORDS = 150;
    private static final Pattern BOILERPLATE = Pattern.compile("©|(?i)\\bcopyright\\b|all rights reserved|originally published");
    private static final int TITLE_WORDS = 8;
    private static final int ANTECEDENT_SENTENCES = 2;

    private EventFinder() {
    }

    public static List<EventCandidate> find(AnnotatedArticle article, ArticleNames names, LocalDate published,
                                            List<Quotation> quotations) {
        List<EventCandidate> events = new ArrayList<>();
        Map<Integer, EventDate> lastDateInParagraph = new HashMap<>();
        int wordsBefore = 0;
        for (AnnotatedSentence sentence : article.sentences()) {
            boolean lead = sentence.paragraph() < LEAD_PARAGRAPHS || wordsBefore < LEAD_WORDS;
            wordsBefore += sentence.tokens().size();
            List<LocalMention> mentions = names.inSentence(sentence.index());
            Optional<EventDate> ownDate = ownDate(sentence, published, quotations);
            ownDate.ifPresent(date -> lastDateInParagraph.put(sentence.paragraph(), date));
            if (mostlyQuoted(sentence, quotations)) {
                continue;
            }
            if (BOILERPLATE.matcher(sentence.text()).find()) {
                continue;
            }
            Optional<Token> trigger = trigger(sentence, mentions, quotations, ownTime(sentence, published, quotations));
            if (trigger.isEmpty()) {
                continue;
            }
            List<LocalMention> participants = new ArrayList<>(participants(sentence, mentions, names.roles(), quotations));
            Optional<LocalMention> antecedent = antecedent(names, sentence, trigger.get(), mentions);
            antecedent.ifPresent(participants::add);
            if (participants.isEmpty() && ownDate.isEmpty()) {
                continue;
            }
            Optional<EventDate> date = ownDate
                    .or(() -> Optional.ofNullable(lastDateInParagraph.get(sentence.paragraph())))
                    .or(() -> publishedDate(sentence, trigger.get(), published, lead));
            if (date.isEmpty()) {
                continue;
            }
            Token verb = trigger.get();
            LocalMention agent = antecedent.orElseGet(() -> agent(participants, verb));
            String object = objectLemma(sentence, verb, mentions);
            String actionKey = verb.lemma().toLowerCase() + (object == null ? "" : " " + object);
            events.add(new EventCandidate(sentence.index(), date.get(), verb.word(), verb.index(), actionKey, object,
                    agent, participants, titleTail(sentence, verb, agent == null)));
            // A sentence can report several happenings ("welcomed everyone and announced..."): each other finite verb too.
            for (Token other : otherActions(sentence, verb, mentions, quotations)) {
                Optional<EventDate> otherDate = ownDate
                        .or(() -> Optional.ofNullable(lastDateInParagraph.get(sentence.paragraph())))
                        .or(() -> publishedDate(sentence, other, published, lead));
                if (otherDate.isPresent()) {
                    LocalMention otherAgent = antecedent.orElseGet(() -> agent(participants, other));
                    String otherObject = objectLemma(sentence, other, mentions);
                    events.add(new EventCandidate(sentence.index(), otherDate.get(), other.word(), other.index(),
                            other.lemma().toLowerCase() + (otherObject == null ? "" : " " + otherObject), otherObject,
                            otherAgent, participants, titleTail(sentence, other, otherAgent == null)));
                }
            }
        }
        return events;
    }

    /**
     * "He", "It", "They" or "The company" as the subject, with no name before the verb: the entity the previous
     * sentences were about, the first named of a fitting kind in the nearest one (a person for he and she,
     * an organisation or product otherwise). Statistical coreference costs more and did no better on news.
     */
    private static Optional<LocalMention> antecedent(ArticleNames names, AnnotatedSentence sentence,
                                                     Token verb, List<LocalMention> mentions) {
        if (mentions.stream().anyMatch(m -> m.tokenBegin() < verb.index())) {
            return Optional.empty();
        }
        List<Token> before = sentence.tokens().subList(0, verb.index()).stream()
                .filter(t -> !t.pos().matches("[,.:;]|``|''|RB|CC"))
                .toList();
        if (before.isEmpty() || before.size() > 4) {
            return Optional.empty();
        }
        Token first = before.get(0);
        String word = first.word().toLowerCase(Locale.ROOT);
        boolean person = word.equals("he") || word.equals("she");
        boolean thing = word.equals("it") || word.equals("they")
                || ((first.pos().equals("DT") || first.pos().equals("PRP$")) && before.size() > 1 && before.get(1).isNoun()
                        && !before.get(1).pos().startsWith("NNP") && before.get(1).ner().equals("O"));
        if (!person && !thing) {
            return Optional.empty();
        }
        for (int back = 1; back <= ANTECEDENT_SENTENCES && sentence.index() - back >= 0; back++) {
            Optional<LocalMention> found = names.inSentence(sentence.index() - back).stream()
                    .filter(m -> person ? m.type() == EntityType.PERSON
                            : m.type() == EntityType.ORGANIZATION || m.type() == EntityType.PRODUCT)
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<EventDate> ownDate(AnnotatedSentence sentence, LocalDate published, List<Quotation> quotations) {
        return ownTime(sentence, published, quotations).flatMap(t -> DateReader.read(t, published));
    }

    private static Optional<TimeMention> ownTime(AnnotatedSentence sentence, LocalDate published, List<Quotation> quotations) {
        return sentence.times().stream()
                .filter(t -> !Quotation.isQuoted(quotations, t.begin()))
                .filter(t -> DateReader.read(t, published).isPresent())
                .findFirst();
    }

    private static boolean hasVagueDate(AnnotatedSentence sentence) {
        return sentence.times().stream().map(TimeMention::value).anyMatch(v -> v != null && VAGUE_TIMEX.matcher(v).matches());
    }

    private static boolean mostlyQuoted(AnnotatedSentence sentence, List<Quotation> quotations) {
        long quoted = sentence.tokens().stream().filter(t -> Quotation.isQuoted(quotations, t.begin())).count();
        return quoted * 2 > sentence.tokens().size();
    }

    /** The verb the date belongs to (the nearest one), else the first action verb after the first name. */
    private static Optional<Token> trigger(AnnotatedSentence sentence, List<LocalMention> mentions, List<Quotation> quotations,
                                           Optional<TimeMention> time) {
        List<Token> verbs = sentence.tokens().stream()
                .filter(Token::isVerb)
                .filter(t -> !AUXILIARIES.contains(t.lemma().toLowerCase()))
                .filter(t -> !Quotation.isQuoted(quotations, t.begin()))
                .filter(t -> !insideMention(mentions, t.index()) && t.ner().equals("O"))
                .toList();
        int firstMentionEnd = mentions.stream().mapToInt(LocalMention::tokenEnd).min().orElse(0);
        var actions = verbs.stream().filter(t -> !REPORTING.contains(t.lemma().toLowerCase()));
        if (time.isPresent()) {
            int dateToken = time.get().tokenBegin();
            return actions.min(Comparator.comparing((Token t) -> !isFinite(t))
                    .thenComparingInt(t -> Math.abs(t.index() - dateToken)).thenComparing(Token::index));
        }
        return actions.min(Comparator.comparing((Token t) -> t.index() < firstMentionEnd).thenComparing(Token::index));
    }

    /** The sentence's other action verbs with a tense of their own, or a participle after has/have/was/were. */
    private static List<Token> otherActions(AnnotatedSentence sentence, Token trigger, List<LocalMention> mentions,
                                            List<Quotation> quotations) {
        return sentence.tokens().stream()
                .filter(t -> t.index() != trigger.index() && t.isVerb())
                .filter(t -> isFinite(t) || (t.pos().equals("VBN") && precededBy(sentence, t, "has", "have", "had", "was", "were")))
                .filter(t -> !AUXILIARIES.contains(t.lemma().toLowerCase()) && !REPORTING.contains(t.lemma().toLowerCase()))
                .filter(t -> !Quotation.isQuoted(quotations, t.begin()))
                .filter(t -> !insideMention(mentions, t.index()) && t.ner().equals("O"))
                .toList();
    }

    /** A verb with a tense ("filed", "follows"), not a participle or infinitive that hangs off one ("demanding"). */
    private static boolean isFinite(Token verb) {
        return verb.pos().equals("VBD") || verb.pos().equals("VBZ") || verb.pos().equals("VBP");
    }

    private static boolean insideMention(List<LocalMention> mentions, int token) {
        return mentions.stream().anyMatch(m -> m.tokenBegin() <= token && token < m.tokenEnd());
    }

    private static List<LocalMention> participants(AnnotatedSentence sentence, List<LocalMention> mentions,
                                                   List<RoleMention> roles, List<Quotation> quotations) {
        return mentions.stream()
                .filter(m -> !Quotation.isQuoted(quotations, sentence.tokens().get(m.tokenBegin()).begin()))
                .filter(m -> roles.stream().noneMatch(r -> r.at() == m))
                .toList();
    }

    /**
     * The publication day, for the news the article reports: the present perfect, the past tense in the lead, and a
     * headline's present tense ("Airbus launches world's largest passenger plane").
     */
    private static Optional<EventDate> publishedDate(AnnotatedSentence sentence, Token verb, LocalDate published, boolean lead) {
        if (published == null || hasVagueDate(sentence) || STATES.contains(verb.lemma().toLowerCase())) {
            return Optional.empty();
        }
        boolean perfect = isPresentPerfect(sentence, verb);
        boolean past = verb.pos().equals("VBD") || (verb.pos().equals("VBN") && precededBy(sentence, verb, "was", "were"));
        boolean headline = sentence.index() == 0 && !sentence.text().strip().matches(".*[.!?\"”]$")
                && (verb.pos().equals("VBZ") || verb.pos().equals("VBP"));
        if (perfect || headline || (past && lead)) {
            return Optional.of(EventDate.day(published, EventDate.Basis.PUBLISHED));
        }
        return Optional.empty();
    }

    private static boolean isPresentPerfect(AnnotatedSentence sentence, Token verb) {
        return verb.pos().equals("VBN") && precededBy(sentence, verb, "has", "have");
    }

    /** One of {@code words} within the three tokens before the verb ("has repeatedly threatened"). */
    private static boolean precededBy(AnnotatedSentence sentence, Token verb, String... words) {
        for (int i = Math.max(0, verb.index() - 3); i < verb.index(); i++) {
            for (String word : words) {
                if (sentence.tokens().get(i).word().equalsIgnoreCase(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static LocalMention agent(List<LocalMention> participants, Token verb) {
        LocalMention agent = null;
        for (LocalMention mention : participants) {
            if (mention.tokenEnd() <= verb.index()) {
                agent = mention;
            }
        }
        return agent;
    }

    /** The first common noun after the verb: "sent letters" → letter. */
    private static String objectLemma(AnnotatedSentence sentence, Token verb, List<LocalMention> mentions) {
        List<Token> tokens = sentence.tokens();
        for (int i = verb.index() + 1; i < Math.min(tokens.size(), verb.index() + 6); i++) {
            Token token = tokens.get(i);
            if (token.pos().equals("NN") || token.pos().equals("NNS")) {
                return insideMention(mentions, i) || !token.ner().equals("O") ? null : token.lemma().toLowerCase();
            }
            if (token.pos().startsWith("VB") || token.word().equals(",")) {
                return null;
            }
        }
        return null;
    }

    /** From the verb on, up to a few words, stopping at punctuation or a date; with no agent, the few words before too. */
    private static String titleTail(AnnotatedSentence sentence, Token verb, boolean withSubject) {
        List<Token> tokens = sentence.tokens();
        int begin = verb.index();
        while (withSubject && begin > 0 && verb.index() - begin < 4) {
            Token before = tokens.get(begin - 1);
            if (before.pos().matches("[,.:;]|``|''|-RRB-") || before.ner().equals("DATE") || before.pos().equals("WDT")) {
                break;
            }
            begin--;
        }
        int end = verb.index() + 1;
        while (end < tokens.size() && end < verb.index() + TITLE_WORDS) {
            Token token = tokens.get(end);
            if (token.pos().matches("[,.:;]|-LRB-|``|''") || !token.ner().equals("O") && token.ner().equals("DATE")) {
                break;
            }
            end++;
        }
        return sentence.text().substring(tokens.get(begin).begin() - sentence.begin(), tokens.get(end - 1).end() - sentence.begin());
    }
}
