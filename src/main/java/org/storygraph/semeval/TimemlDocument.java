package org.storygraph.semeval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.storygraph.ingest.read.Article;
import org.storygraph.ingest.read.PublishedFrom;

/**
 * One Track A input file of SemEval-2015 Task 4: its DOCID, creation date (DCT), title and tokenised sentences,
 * laid out as article text with one sentence per line and tokens joined by single spaces, so that every
 * character offset the loader reports maps back to the task's sentence id and token.
 */
public record TimemlDocument(String docId, LocalDate created, String title, List<Sentence> sentences, String text) {

    /** A sentence of the input: the task's {@code s id} and its tokens; {@code [begin, end)} in {@link #text}. */
    public record Sentence(String id, List<Token> tokens, int begin, int end) {
    }

    /** A token as the task wrote it; {@code [begin, end)} in {@link #text}. */
    public record Token(String word, int begin, int end) {
    }

    /** Where a character of the text falls: the sentence id and the token, as a task mention needs them. */
    public record Position(String sentenceId, String word) {
    }

    /** Lays out {@code sentences} (each a list of token words) as text, one per line. */
    public static TimemlDocument of(String docId, LocalDate created, String title, List<String> sentenceIds,
                                    List<List<String>> sentenceWords) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < sentenceIds.size(); i++) {
            int begin = text.length();
            List<Token> tokens = new ArrayList<>();
            for (String word : sentenceWords.get(i)) {
                if (text.length() > begin) {
                    text.append(' ');
                }
                tokens.add(new Token(word, text.length(), text.length() + word.length()));
                text.append(word);
            }
            sentences.add(new Sentence(sentenceIds.get(i), List.copyOf(tokens), begin, text.length()));
            text.append('\n');
        }
        return new TimemlDocument(docId, created, title, List.copyOf(sentences), text.toString());
    }

    /** The sentence and token at {@code offset}, or the token starting next when the offset falls on a space. */
    public Optional<Position> at(int offset) {
        for (Sentence sentence : sentences) {
            if (offset < sentence.begin() || offset > sentence.end()) {
                continue;
            }
            return sentence.tokens().stream().filter(t -> offset < t.end()).findFirst()
                    .map(t -> new Position(sentence.id(), t.word()));
        }
        return Optional.empty();
    }

    /** The document as an article for the loader: its id is the DOCID, published on the creation date. */
    public Article toArticle(String source) {
        return new Article(docId, title, "Wikinews", null, created, PublishedFrom.METADATA, text,
                sha256(docId + "\n" + created + "\n" + title + "\n" + text), source);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
