package org.storygraph.ingest.quotes;

import java.util.List;
import org.storygraph.ingest.resolve.LocalMention;

/** A quotation in one article, with the mention it is credited to (null when nobody could be) and its sentences. */
public record QuoteCandidate(String text, LocalMention speaker, List<Integer> sentences) {

    /** The words alone, so typography does not split a quote: curly or straight marks, "fear-mongering" or "fearmongering". */
    public String normalized() {
        return QuoteText.normalize(text);
    }
}
