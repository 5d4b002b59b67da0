package org.storygraph.reliability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.storygraph.ingest.read.Article;
import org.storygraph.ingest.read.ArticleReader;

/**
 * A corpus bigger than seed/, so that writing it takes a while: each seed article copied under its own id, with
 * deterministic edits (a title suffix, publication moved on by a week a copy, every other copy without its last
 * paragraph), one .md file per article.
 *
 * <p>The first copy of each article is the {@code core}, loaded alone first; the {@code rest} are the copies after.
 * Resolution joins a name to what a load reads with it and to what the graph already holds, so a corpus loaded in
 * parts (after a crash, or by several loaders) resolves as one load only when the parts find the full names
 * already stored: README, "Reliability".
 */
record Corpus(List<Path> core, List<Path> rest) {

    private static final ObjectMapper JSON = new ObjectMapper();

    List<Path> all() {
        List<Path> all = new ArrayList<>(core);
        all.addAll(rest);
        return all;
    }

    /** Writes {@code copies} copies of each seed article into {@code dir}. */
    static Corpus write(Path dir, int copies) {
        List<Article> seeds = new ArticleReader(2_000_000).read(List.of(Path.of("seed"))).articles();
        List<Path> core = new ArrayList<>();
        List<Path> rest = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (int copy = 1; copy <= copies; copy++) {
                for (Article seed : seeds) {
                    String id = seed.id() + "-c" + copy;
                    String text = copy % 2 == 0 ? withoutLastParagraph(seed.text()) : seed.text();
                    String file = "---\n"
                            + "id: " + id + "\n"
                            + "title: " + JSON.writeValueAsString(seed.title() + " (copy " + copy + ")") + "\n"
                            + "outlet: " + JSON.writeValueAsString(seed.outlet()) + "\n"
                            + "published: " + seed.published().plusWeeks(copy - 1) + "\n"
                            + "---\n" + text;
                    (copy == 1 ? core : rest).add(Files.writeString(dir.resolve(id + ".md"), file));
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Corpus(List.copyOf(core), List.copyOf(rest));
    }

    private static String withoutLastParagraph(String text) {
        String body = text.stripTrailing();
        int lastBreak = body.lastIndexOf('\n');
        return lastBreak < 0 ? body : body.substring(0, lastBreak + 1);
    }

    static List<String> asArguments(List<Path> files) {
        return files.stream().map(Path::toString).toList();
    }
}
