package org.storygraph.ingest.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stanford CoreNLP behind our own records: the one class that knows CoreNLP's types. The pipeline takes
 * about 13 s and 0.9 GB to load, so it is loaded once, on first use, and shared by every worker thread
 * (CoreNLP's annotators are safe to call concurrently on separate documents).
 */
public class NlpAnnotator {

    private static final Logger log = LoggerFactory.getLogger(NlpAnnotator.class);

    private volatile CompletableFuture<StanfordCoreNLP> pipeline;

    /** Starts loading the models in the background, if nobody has yet. */
    public CompletableFuture<?> warmUp() {
        return pipeline();
    }

    private CompletableFuture<StanfordCoreNLP> pipeline() {
        var loading = pipeline;
        if (loading == null) {
            synchronized (this) {
                if (pipeline == null) {
                    pipeline = CompletableFuture.supplyAsync(NlpAnnotator::load);
                }
                loading = pipeline;
            }
        }
        return loading;
    }

    private static StanfordCoreNLP load() {
        long started = System.nanoTime();
        var props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        // A line break ends a sentence: headlines, captions and datelines are lines of their own in news text.
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("ner.applyFineGrained", "true");
        props.setProperty("ner.useSUTime", "true");
        props.setProperty("ner.buildEntityMentions", "true");
        var nlp = new StanfordCoreNLP(props);
        log.info("CoreNLP pipeline loaded in {} ms", Duration.ofNanos(System.nanoTime() - started).toMillis());
        return nlp;
    }

    /** Annotates {@code text}; relative dates resolve against {@code published} when it is known. */
    public AnnotatedArticle annotate(String text, LocalDate published) {
        var document = new Annotation(text);
        if (published != null) {
            document.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
        }
        pipeline().join().annotate(document);
        return toArticle(text, document);
    }

    private static AnnotatedArticle toArticle(String text, Annotation document) {
        int[] paragraphOfOffset = paragraphStarts(text);
        List<AnnotatedSentence> sentences = new ArrayList<>();
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
            int firstToken = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
            List<Token> tokens = new ArrayList<>(labels.size());
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel label = labels.get(i);
                tokens.add(new Token(i, label.word(), label.tag(), label.lemma(), label.ner(),
                        label.beginPosition(), label.endPosition()));
            }
            List<EntityMention> entities = new ArrayList<>();
            List<TimeMention> times = new ArrayList<>();
            for (CoreMap mention : sentence.get(CoreAnnotations.MentionsAnnotation.class)) {
                String type = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
                int tokenBegin = mention.get(CoreAnnotations.TokenBeginAnnotation.class) - firstToken;
                int tokenEnd = mention.get(CoreAnnotations.TokenEndAnnotation.class) - firstToken;
                int begin = mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int end = mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                String mentionText = mention.get(CoreAnnotations.TextAnnotation.class);
                Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
                if (timex != null && "DATE".equals(timex.timexType())) {
                    times.add(new TimeMention(mentionText, timex.timexType(), timex.value(), tokenBegin, tokenEnd, begin, end));
                } else if (timex == null) {
                    entities.add(new EntityMention(mentionText, type, tokenBegin, tokenEnd, begin, end));
                }
            }
            int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            sentences.add(new AnnotatedSentence(sentences.size(), paragraphOfOffset[begin], begin, end,
                    text.substring(begin, end), List.copyOf(tokens), List.copyOf(entities), List.copyOf(times)));
        }
        return new AnnotatedArticle(text, List.copyOf(sentences));
    }

    /** For each character offset, the index of the non-blank line (paragraph) it falls in. */
    private static int[] paragraphStarts(String text) {
        int[] paragraph = new int[text.length() + 1];
        int current = -1;
        boolean lineHasText = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineHasText = false;
            } else if (!lineHasText && !Character.isWhitespace(c)) {
                lineHasText = true;
                current++;
            }
            paragraph[i] = Math.max(current, 0);
        }
        paragraph[text.length()] = Math.max(current, 0);
        return paragraph;
    }
}
