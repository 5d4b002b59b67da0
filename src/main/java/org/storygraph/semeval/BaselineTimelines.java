package org.storygraph.semeval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.storygraph.ingest.annotate.AnnotatedArticle;
import org.storygraph.ingest.annotate.AnnotatedSentence;
import org.storygraph.ingest.annotate.NlpAnnotator;
import org.storygraph.ingest.annotate.TimeMention;
import org.storygraph.ingest.annotate.Token;
import org.storygraph.semeval.Timeline.Mention;

/**
 * The baseline Storygraph has to beat: every sentence that names the target (its words, in any case), the
 * sentence's first verb as the event, dated by the sentence's first date expression, else undated. Each
 * mention is its own event: nothing is merged across articles.
 */
@Component
class BaselineTimelines {

    private final NlpAnnotator nlp;

    BaselineTimelines(NlpAnnotator nlp) {
        this.nlp = nlp;
    }

    /** CoreNLP's reading of every document, done once for all targets. */
    Map<String, AnnotatedArticle> annotate(List<TimemlDocument> documents) {
        Map<String, AnnotatedArticle> annotated = new LinkedHashMap<>();
        documents.forEach(d -> annotated.put(d.docId(), nlp.annotate(d.text(), d.created())));
        return annotated;
    }

    Timeline timeline(String target, List<TimemlDocument> documents, Map<String, AnnotatedArticle> annotated) {
        Pattern name = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(target.strip()) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<List<Mention>> events = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        for (TimemlDocument document : documents) {
            for (AnnotatedSentence sentence : annotated.get(document.docId()).sentences()) {
                if (!name.matcher(sentence.text()).find()) {
                    continue;
                }
                sentence.tokens().stream().filter(Token::isVerb).findFirst()
                        .flatMap(verb -> document.at(verb.begin()))
                        .ifPresent(p -> {
                            events.add(List.of(new Mention(document.docId(), p.sentenceId(), p.word())));
                            dates.add(sentence.times().stream().map(TimeMention::value).map(TaskDate::ofTimex)
                                    .filter(d -> !d.equals(Timeline.UNDATED)).findFirst().orElse(Timeline.UNDATED));
                        });
            }
        }
        return Timeline.ranked(target, events, dates);
    }
}
