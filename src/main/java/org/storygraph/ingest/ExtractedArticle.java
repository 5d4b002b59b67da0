package org.storygraph.ingest;

import java.util.List;
import org.storygraph.ingest.annotate.AnnotatedArticle;
import org.storygraph.ingest.events.EventCandidate;
import org.storygraph.ingest.quotes.QuoteCandidate;
import org.storygraph.ingest.read.Article;
import org.storygraph.ingest.resolve.ArticleNames;

/** What one article yields on its own, before its names, events and quotes are joined with the rest of the corpus. */
record ExtractedArticle(Article article, AnnotatedArticle annotated, ArticleNames names,
                        List<EventCandidate> events, List<QuoteCandidate> quotes) {

    String sentenceId(int index) {
        return article.id() + "#" + index;
    }
}
