package org.storygraph.semeval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * A target entity's timeline in the task's file format: the entity name on the first line, then one line per
 * event, {@code RANK<TAB>DATE<TAB>MENTION[<TAB>MENTION...]}. Rank 0 holds undated events ({@code XXXX-XX-XX});
 * equal dates share a rank.
 */
public record Timeline(String entity, List<Entry> entries) {

    public static final String UNDATED = "XXXX-XX-XX";

    /** One event: its rank, its date ({@code 2008-06-09}, {@code 2008-06-XX}, {@code 2008-XX-XX} or undated) and its mentions. */
    public record Entry(int rank, String date, List<Mention> mentions) {
    }

    /** A mention {@code DOCID-SENTENCE-WORD}: the word may itself hold hyphens ("out-sold"). */
    public record Mention(String docId, String sentence, String word) {

        static Mention parse(String text) {
            int first = text.indexOf('-');
            int second = text.indexOf('-', first + 1);
            if (first < 0 || second < 0) {
                throw new IllegalArgumentException("Not a DOCID-SENTENCE-WORD mention: " + text);
            }
            return new Mention(text.substring(0, first), text.substring(first + 1, second), text.substring(second + 1));
        }

        /** How the scorer compares mentions: document, sentence and the word in lower case. */
        String key() {
            return docId + "-" + sentence + "-" + word.toLowerCase(Locale.ROOT);
        }

        @Override
        public String toString() {
            return docId + "-" + sentence + "-" + word;
        }
    }

    /** Ranks events by date: undated ones at 0, then 1, 2... by date, partial dates before full ones of their span. */
    public static Timeline ranked(String entity, List<List<Mention>> events, List<String> dates) {
        TreeMap<String, Integer> ranks = new TreeMap<>(Comparator.comparing((String d) -> d.replace('X', '0')));
        dates.stream().filter(d -> !d.equals(UNDATED)).forEach(d -> ranks.put(d, 0));
        int rank = 1;
        for (var date : ranks.keySet()) {
            ranks.put(date, rank++);
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            String date = dates.get(i);
            entries.add(new Entry(date.equals(UNDATED) ? 0 : ranks.get(date), date, List.copyOf(events.get(i))));
        }
        entries.sort(Comparator.comparingInt(Entry::rank).thenComparing(e -> e.mentions().get(0).toString()));
        return new Timeline(entity, List.copyOf(entries));
    }

    /** {@code OUT/<entity in lower case, spaces as underscores>.txt}, the task's file naming. */
    public static String fileName(String entity) {
        return entity.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "_") + ".txt";
    }

    public void write(Path dir) {
        StringBuilder out = new StringBuilder(entity).append('\n');
        for (Entry entry : entries) {
            out.append(entry.rank()).append('\t').append(entry.date());
            entry.mentions().forEach(m -> out.append('\t').append(m));
            out.append('\n');
        }
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(fileName(entity)), out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the timeline of " + entity + " in " + dir, e);
        }
    }

    public static Timeline read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            String entity = lines.isEmpty() ? "" : lines.get(0).strip();
            List<Entry> entries = new ArrayList<>();
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.strip().split("\t");
                if (fields.length < 3) {
                    throw new IllegalArgumentException(file + ": not RANK<TAB>DATE<TAB>MENTION: " + line);
                }
                List<Mention> mentions = new ArrayList<>();
                for (int i = 2; i < fields.length; i++) {
                    if (!fields[i].isBlank()) {
                        mentions.add(Mention.parse(fields[i].strip()));
                    }
                }
                entries.add(new Entry(Integer.parseInt(fields[0].strip()), fields[1].strip(), List.copyOf(mentions)));
            }
            return new Timeline(entity, List.copyOf(entries));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
