package org.storygraph.ingest.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storygraph.ingest.annotate.AnnotatedArticle;
import org.storygraph.ingest.annotate.AnnotatedSentence;
import org.storygraph.ingest.annotate.Token;
import org.storygraph.ingest.events.Quotation;
import org.storygraph.ingest.resolve.ArticleNames;
import org.storygraph.ingest.resolve.EntityType;
import org.storygraph.ingest.resolve.LocalMention;

/**
 * Quotations and who said them, read from the attribution around each one: "said X", "X said", "X wrote:",
 * "X told CBS4", "X released this statement:" before a quote, "he said" (the last person named before),
 * and a tweet signed "— Name (@handle)". Short scare quotes ("sanctuary") are not quotes.
 */
public final class QuoteFinder {

    private static final int MIN_WORDS = 4;
    private static final Pattern SPEECH = Pattern.compile(
            "(?i)\\b(said|says|say|wrote|writes|told|tells|added|adds|tweeted|stated|statement|according to|responded|saying|asked|declared|noted)\\b");
    private static final Pattern PRONOUN_SPEAKER = Pattern.compile("(?i)\\b(he|she)\\s+(said|says|wrote|added|told)\\b|\\b(said|says)\\s+(he|she)\\b");

    private QuoteFinder() {
    }

    public static List<QuoteCandidate> find(AnnotatedArticle article, ArticleNames names, List<Quotation> quotations) {
        List<QuoteCandidate> quotes = new ArrayList<>();
        for (Quotation quotation : quotations) {
            if (quotation.text().split("\\s+").length < MIN_WORDS) {
                continue;
            }
            List<Integer> sentences = sentencesOf(article, quotation.begin(), quotation.end());
            LocalMention speaker = speaker(article, names, quotations, quotation, sentences).orElse(null);
            quotes.add(new QuoteCandidate(quotation.text(), speaker, sentences));
        }
        return quotes;
    }

    private static Optional<LocalMention> speaker(AnnotatedArticle article, ArticleNames names, List<Quotation> quotations,
                                                  Quotation quotation, List<Integer> sentences) {
        // A tweet's signature.
        Matcher signature = Quotation.signature(article.text(), quotation);
        if (signature.lookingAt()) {
            List<Integer> signed = sentencesOf(article, signature.start(1), signature.end(1));
            Optional<LocalMention> signer = mentionIn(article, names, signed, signature.start(1), signature.end(1));
            if (signer.isPresent()) {
                return signer;
            }
        }
        // The attribution in the quote's own sentences, outside any quotation.
        Optional<LocalMention> inSentence = attribution(article, names, quotations, sentences);
        if (inSentence.isPresent()) {
            return inSentence;
        }
        // A quote opening its paragraph after "X wrote:" / "X released this statement:" / "In his statement, X said ...".
        int first = sentences.isEmpty() ? -1 : sentences.get(0);
        if (first > 0) {
            AnnotatedSentence previous = article.sentences().get(first - 1);
            String text = previous.text().strip();
            if (text.endsWith(":") || SPEECH.matcher(text).find()) {
                return attribution(article, names, quotations, List.of(first - 1));
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalMention> attribution(AnnotatedArticle article, ArticleNames names,
                                                      List<Quotation> quotations, List<Integer> sentences) {
        for (int index : sentences) {
            AnnotatedSentence sentence = article.sentences().get(index);
            String outside = outsideQuotes(sentence, quotations);
            if (!SPEECH.matcher(outside).find()) {
                continue;
            }
            Optional<LocalMention> named = names.inSentence(index).stream()
                    .filter(m -> m.type() == EntityType.PERSON)
                    .filter(m -> !Quotation.isQuoted(quotations, sentence.tokens().get(m.tokenBegin()).begin()))
                    .findFirst();
            if (named.isPresent()) {
                return named;
            }
            if (PRONOUN_SPEAKER.matcher(outside).find()) {
                return lastPersonBefore(article, names, quotations, sentence.tokens().get(0).begin());
            }
        }
        return Optional.empty();
    }

    private static String outsideQuotes(AnnotatedSentence sentence, List<Quotation> quotations) {
        StringBuilder outside = new StringBuilder();
        for (Token token : sentence.tokens()) {
            if (!Quotation.isQuoted(quotations, token.begin())) {
                outside.append(token.word()).append(' ');
            }
        }
        return outside.toString();
    }

    /** "he said": the person most recently named outside quotes before the sentence. */
    private static Optional<LocalMention> lastPersonBefore(AnnotatedArticle article, ArticleNames names,
                                                           List<Quotation> quotations, int offset) {
        LocalMention last = null;
        for (LocalMention mention : names.mentions()) {
            int at = article.sentences().get(mention.sentence()).tokens().get(mention.tokenBegin()).begin();
            if (at < offset && mention.type() == EntityType.PERSON && !Quotation.isQuoted(quotations, at)) {
                last = mention;
            }
        }
        return Optional.ofNullable(last);
    }

    private static Optional<LocalMention> mentionIn(AnnotatedArticle article, ArticleNames names, List<Integer> sentences,
                                                    int begin, int end) {
        return names.mentions().stream()
                .filter(m -> sentences.contains(m.sentence()) && m.type() == EntityType.PERSON)
                .filter(m -> {
                    int offset = article.sentences().get(m.sentence()).tokens().get(m.tokenBegin()).begin();
                    return begin <= offset && offset < end;
                })
                .findFirst();
    }

    private static List<Integer> sentencesOf(AnnotatedArticle article, int begin, int end) {
        List<Integer> indexes = new ArrayList<>();
        for (AnnotatedSentence sentence : article.sentences()) {
            if (sentence.begin() < end && begin < sentence.end()) {
                indexes.add(sentence.index());
            }
        }
        return indexes;
    }
}
