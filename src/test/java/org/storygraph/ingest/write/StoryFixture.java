package org.storygraph.ingest.write;

import java.time.LocalDate;
import java.util.List;
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
 * Two small articles about one story, as extraction would hand them over. Every id starts with the prefix, so
 * tests sharing the database each load their own copy. They share the mayor, Denver, his refusal and his quote.
 */
public record StoryFixture(String p) {

    public String a() { return p + "a"; }
    public String b() { return p + "b"; }
    public String hancock() { return p + "hancock"; }
    public String denver() { return p + "denver"; }
    public String ice() { return p + "ice"; }
    public String washington() { return p + "washington"; }
    public String mayor() { return p + "role-mayor"; }
    public String decline() { return p + "ev-decline"; }
    public String criticism() { return p + "ev-ice"; }
    public String bullied() { return p + "q-bullied"; }

    public ArticleGraph articleA() {
        String s0 = a() + "#0", s1 = a() + "#1", s2 = a() + "#2";
        return new ArticleGraph(
                article(a(), "Mayor declines White House invitation", "9NEWS", LocalDate.of(2018, 1, 24), "hash-a1"),
                List.of(new SentenceRow(s0, 0, "Denver Mayor Michael Hancock declined the invitation to the White House.", 0, 72, 0),
                        new SentenceRow(s1, 1, "\"We will not be bullied,\" Hancock said.", 73, 114, 1),
                        new SentenceRow(s2, 2, "ICE criticized Denver.", 115, 137, 2)),
                List.of(new EntityRow(hancock(), "Michael Hancock", "PERSON", List.of("Michael Hancock", "Hancock")),
                        new EntityRow(denver(), "Denver", "PLACE", List.of("Denver")),
                        new EntityRow(ice(), "U.S. Immigration and Customs Enforcement", "ORGANIZATION", List.of("ICE"))),
                List.of(new MentionRow(hancock(), s0, "Michael Hancock"),
                        new MentionRow(denver(), s0, "Denver"),
                        new MentionRow(hancock(), s1, "Hancock"),
                        new MentionRow(ice(), s2, "ICE"),
                        new MentionRow(denver(), s2, "Denver")),
                List.of(new RoleRow(mayor(), hancock(), "Mayor", denver(), s0)),
                List.of(new EventRow(decline(), "2018-01-24", "DAY", "2018-01-24", "2018-01-24", "EXPLICIT",
                                "Hancock declines invitation", "decline", List.of(new ParticipantRow(hancock(), "AGENT")),
                                List.of(new EventMentionRow(s0, "declined", 4, 29, 37))),
                        new EventRow(criticism(), "2018-02", "MONTH", "2018-02-01", "2018-02-28", "RELATIVE",
                                "ICE criticizes Denver", "criticize",
                                List.of(new ParticipantRow(ice(), "AGENT"), new ParticipantRow(denver(), "PARTICIPANT")),
                                List.of(new EventMentionRow(s2, "criticized", 1, 119, 129)))),
                List.of(new QuoteRow(bullied(), "We will not be bullied", hancock(), "2018-01-24", List.of(s1))));
    }

    public ArticleGraph articleB() {
        String s0 = b() + "#0", s1 = b() + "#1";
        return new ArticleGraph(
                article(b(), "Mayor skips Washington meeting", "Denver Post", LocalDate.of(2018, 1, 25), "hash-b1"),
                List.of(new SentenceRow(s0, 0, "Denver Mayor Hancock skipped the meeting in Washington.", 0, 55, 0),
                        new SentenceRow(s1, 1, "\"We will not be bullied,\" the mayor repeated.", 56, 101, 1)),
                List.of(new EntityRow(hancock(), "Michael Hancock", "PERSON", List.of("Mayor Hancock", "the mayor")),
                        new EntityRow(denver(), "Denver", "PLACE", List.of("Denver")),
                        new EntityRow(washington(), "Washington", "PLACE", List.of("Washington"))),
                List.of(new MentionRow(denver(), s0, "Denver"),
                        new MentionRow(hancock(), s0, "Mayor Hancock"),
                        new MentionRow(washington(), s0, "Washington"),
                        new MentionRow(hancock(), s1, "the mayor")),
                List.of(new RoleRow(mayor(), hancock(), "Mayor", denver(), s0)),
                List.of(new EventRow(decline(), "2018-01-24", "DAY", "2018-01-24", "2018-01-24", "PUBLISHED",
                        "Hancock skips meeting", "skip", List.of(new ParticipantRow(hancock(), "AGENT")),
                        List.of(new EventMentionRow(s0, "skipped", 3, 21, 28)))),
                List.of(new QuoteRow(bullied(), "We will not be bullied", hancock(), "2018-01-24", List.of(s1))));
    }

    /** Article A edited: ICE and its criticism are gone, the refusal is retold, the quote is no longer in it. */
    public ArticleGraph articleAChanged() {
        String s0 = a() + "#0", s1 = a() + "#1", s2 = a() + "#2";
        return new ArticleGraph(
                article(a(), "Mayor refuses White House invitation", "9NEWS", LocalDate.of(2018, 1, 24), "hash-a2"),
                List.of(new SentenceRow(s0, 0, "Denver Mayor Michael Hancock refused the invitation.", 0, 51, 0),
                        new SentenceRow(s1, 1, "He said nothing more.", 52, 73, 1),
                        new SentenceRow(s2, 2, "Denver answered.", 74, 90, 2)),
                List.of(new EntityRow(hancock(), "Michael B. Hancock", "PERSON", List.of("Michael Hancock", "He")),
                        new EntityRow(denver(), "Denver", "PLACE", List.of("Denver"))),
                List.of(new MentionRow(hancock(), s0, "Michael Hancock"),
                        new MentionRow(denver(), s0, "Denver"),
                        new MentionRow(hancock(), s1, "He"),
                        new MentionRow(denver(), s2, "Denver")),
                List.of(new RoleRow(mayor(), hancock(), "Mayor", denver(), s0)),
                List.of(new EventRow(decline(), "2018-01-24", "DAY", "2018-01-24", "2018-01-24", "EXPLICIT",
                        "Hancock refuses invitation", "refuse", List.of(new ParticipantRow(hancock(), "AGENT")),
                        List.of(new EventMentionRow(s0, "refused", 4, 29, 36)))),
                List.of());
    }

    private static Article article(String id, String title, String outlet, LocalDate published, String hash) {
        return new Article(id, title, outlet, "https://example.org/" + id, published, PublishedFrom.METADATA,
                "(text)", hash, id + ".md");
    }
}
