package org.storygraph.ingest.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects what one call to {@link ArticleReader#read} finds, in the order the inputs were read. */
final class ReadBatch {

    private final List<Article> articles = new ArrayList<>();
    private final List<ReadFailure> failures = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    /** Adds an article with the warnings about it, which only matter if the article made it in. */
    void add(Article article, List<String> articleWarnings) {
        articles.add(article);
        warnings.addAll(articleWarnings);
    }

    void fail(String source, String reason) {
        failures.add(new ReadFailure(source, reason));
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    ReadResult result() {
        var all = new ArrayList<>(warnings);
        all.addAll(duplicateIdWarnings());
        return new ReadResult(articles, failures, all);
    }

    /** Two articles with one id would overwrite each other when loaded, so say so while the user can still fix it. */
    private List<String> duplicateIdWarnings() {
        var sourcesById = new LinkedHashMap<String, List<String>>();
        for (var article : articles) {
            sourcesById.computeIfAbsent(article.id(), id -> new ArrayList<>()).add(article.source());
        }
        return sourcesById.entrySet().stream()
                .filter(entry -> entry.getValue().size() > 1)
                .map(entry -> "id '" + entry.getKey() + "' is used by " + String.join(", ", entry.getValue())
                        + "; give them distinct ids")
                .toList();
    }
}
