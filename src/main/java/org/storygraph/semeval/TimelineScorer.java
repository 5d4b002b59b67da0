package org.storygraph.semeval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Our own implementation of the idea behind SemEval-2015 Task 4's evaluation, not the official script (which
 * scores temporal awareness over a closure of TimeML relations). Per timeline, and micro-averaged over all:
 * <ul>
 * <li>mention: the events' mentions, as document, sentence and lower-cased word;</li>
 * <li>anchored: a mention together with its date string ("1976" read as "1976-XX-XX", as some gold lines write it);</li>
 * <li>order: the pairwise relations between mentions of dated events (BEFORE by rank, SAME for equal ranks)
 *     plus each dated mention's date anchor.</li>
 * </ul>
 */
public final class TimelineScorer {

    public static final String DISCLAIMER = "Our implementation of the idea of SemEval-2015 Task 4's evaluation "
            + "(mentions, dates, pairwise order), not the task's official scorer: figures are not comparable to published ones.";

    /** Matched, system and gold counts of one measure; precision, recall and F1 follow. */
    public record Counts(long matched, long system, long gold) {

        static Counts of(Set<String> system, Set<String> gold) {
            long matched = system.stream().filter(gold::contains).count();
            return new Counts(matched, system.size(), gold.size());
        }

        Counts plus(Counts other) {
            return new Counts(matched + other.matched, system + other.system, gold + other.gold);
        }

        public double precision() {
            return system == 0 ? 0 : (double) matched / system;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The three measures of one timeline (or of all, summed). */
    public record Score(String name, Counts mention, Counts anchored, Counts order) {

        Score plus(Score other) {
            return new Score(name, mention.plus(other.mention), anchored.plus(other.anchored), order.plus(other.order));
        }
    }

    /** Every timeline's score, and their micro-average. */
    public record Report(List<Score> timelines, Score micro) {
    }

    private TimelineScorer() {
    }

    public static Score score(String name, Timeline gold, Timeline system) {
        return new Score(name, Counts.of(mentions(system), mentions(gold)), Counts.of(anchors(system), anchors(gold)),
                Counts.of(relations(system), relations(gold)));
    }

    /** Scores every gold file against the system file of the same name in {@code systemDir} (missing: empty). */
    public static Report score(Path goldDir, Path systemDir) {
        List<Score> scores = new ArrayList<>();
        Score micro = new Score("micro-average", new Counts(0, 0, 0), new Counts(0, 0, 0), new Counts(0, 0, 0));
        for (Path goldFile : timelineFiles(goldDir)) {
            Timeline gold = Timeline.read(goldFile);
            Path systemFile = systemDir.resolve(goldFile.getFileName().toString());
            Timeline system = Files.exists(systemFile) ? Timeline.read(systemFile) : new Timeline(gold.entity(), List.of());
            Score score = score(stem(goldFile), gold, system);
            scores.add(score);
            micro = micro.plus(score);
        }
        return new Report(List.copyOf(scores), micro);
    }

    public static void print(Report report, PrintStream out) {
        out.println(DISCLAIMER);
        out.printf(Locale.ROOT, "%-28s %6s %6s %6s | %6s %6s %6s | %6s %6s %6s%n", "timeline",
                "men.P", "men.R", "men.F1", "anc.P", "anc.R", "anc.F1", "ord.P", "ord.R", "ord.F1");
        report.timelines().forEach(s -> printRow(s, out));
        printRow(report.micro(), out);
    }

    private static void printRow(Score s, PrintStream out) {
        out.printf(Locale.ROOT, "%-28s %6.1f %6.1f %6.1f | %6.1f %6.1f %6.1f | %6.1f %6.1f %6.1f%n", s.name(),
                100 * s.mention().precision(), 100 * s.mention().recall(), 100 * s.mention().f1(),
                100 * s.anchored().precision(), 100 * s.anchored().recall(), 100 * s.anchored().f1(),
                100 * s.order().precision(), 100 * s.order().recall(), 100 * s.order().f1());
    }

    private static Set<String> mentions(Timeline timeline) {
        Set<String> keys = new HashSet<>();
        timeline.entries().forEach(e -> e.mentions().forEach(m -> keys.add(m.key())));
        return keys;
    }

    private static Set<String> anchors(Timeline timeline) {
        Set<String> keys = new HashSet<>();
        timeline.entries().forEach(e -> e.mentions().forEach(m -> keys.add(m.key() + " @ " + TaskDate.normalize(e.date()))));
        return keys;
    }

    private record Dated(String key, int rank, String date) {
    }

    private static Set<String> relations(Timeline timeline) {
        List<Dated> dated = new ArrayList<>();
        for (Timeline.Entry entry : timeline.entries()) {
            if (!entry.date().equals(Timeline.UNDATED)) {
                entry.mentions().forEach(m -> dated.add(new Dated(m.key(), entry.rank(), TaskDate.normalize(entry.date()))));
            }
        }
        Set<String> relations = new HashSet<>();
        for (int i = 0; i < dated.size(); i++) {
            Dated a = dated.get(i);
            relations.add(a.key() + " ANCHOR " + a.date());
            for (int j = i + 1; j < dated.size(); j++) {
                Dated b = dated.get(j);
                if (a.key().equals(b.key())) {
                    continue;
                }
                if (a.rank() == b.rank()) {
                    boolean aFirst = a.key().compareTo(b.key()) < 0;
                    relations.add((aFirst ? a.key() : b.key()) + " SAME " + (aFirst ? b.key() : a.key()));
                } else {
                    Dated before = a.rank() < b.rank() ? a : b;
                    Dated after = before == a ? b : a;
                    relations.add(before.key() + " BEFORE " + after.key());
                }
            }
        }
        return relations;
    }

    private static List<Path> timelineFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".txt".length());
    }
}
