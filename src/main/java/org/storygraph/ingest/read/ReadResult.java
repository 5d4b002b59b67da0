package org.storygraph.ingest.read;

import java.util.List;

/** What one batch of files yielded: the articles that loaded, the inputs that did not, and things worth a look. */
public record ReadResult(List<Article> articles, List<ReadFailure> failures, List<String> warnings) {

    public ReadResult {
        articles = List.copyOf(articles);
        failures = List.copyOf(failures);
        warnings = List.copyOf(warnings);
    }
}
