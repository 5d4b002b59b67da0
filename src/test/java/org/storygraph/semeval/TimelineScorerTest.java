package org.storygraph.semeval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storygraph.semeval.Timeline.Entry;
import org.storygraph.semeval.Timeline.Mention;
import org.storygraph.semeval.TimelineScorer.Counts;

/** The scorer on hand-made timelines whose figures can be worked out on paper. */
class TimelineScorerTest {

    private static final Mention A = new Mention("1", "2", "sold");
    private static final Mention B = new Mention("1", "3", "launched");
    private static final Mention C = new Mention("2", "4", "announced");
    private static final Mention D = new Mention("2", "5", "said");

    /** Gold: A (2008-01-01) before B and C (2008-02-XX, one event), D undated. */
    private static final Timeline GOLD = new Timeline("Apple", List.of(
            new Entry(0, "XXXX-XX-XX", List.of(D)),
            new Entry(1, "2008-01-01", List.of(A)),
            new Entry(2, "2008-02-XX", List.of(B, C))));

    @Test
    void aPerfectTimelineScoresOneEverywhere() {
        var score = TimelineScorer.score("apple", GOLD, GOLD);
        assertThat(List.of(score.mention().f1(), score.anchored().f1(), score.order().f1())).containsOnly(1.0);
        // 3 dated mentions: 3 anchors, A BEFORE B, A BEFORE C, B SAME C.
        assertThat(score.order()).isEqualTo(new Counts(6, 6, 6));
    }

    @Test
    void wordsCompareInLowerCaseAndAMissingMentionCostsRecallOnly() {
        var system = new Timeline("Apple", List.of(
                new Entry(1, "2008-01-01", List.of(new Mention("1", "2", "Sold"))),
                new Entry(2, "2008-02-XX", List.of(B))));
        var score = TimelineScorer.score("apple", GOLD, system);
        assertThat(score.mention()).isEqualTo(new Counts(2, 2, 4));
        assertThat(score.mention().precision()).isEqualTo(1.0);
        assertThat(score.mention().recall()).isEqualTo(0.5);
        assertThat(score.mention().f1()).isCloseTo(2 / 3.0, within(1e-9));
        // Order: system has A anchor, B anchor, A BEFORE B; all three are in the gold's six.
        assertThat(score.order()).isEqualTo(new Counts(3, 3, 6));
    }

    @Test
    void aWrongDateKeepsTheMentionButLosesTheAnchorAndTheOrder() {
        var system = new Timeline("Apple", List.of(
                new Entry(1, "2008-02-XX", List.of(A)),
                new Entry(2, "2008-03-XX", List.of(B)),
                new Entry(0, "XXXX-XX-XX", List.of(new Mention("9", "1", "wrong")))));
        var score = TimelineScorer.score("apple", GOLD, system);
        assertThat(score.mention()).isEqualTo(new Counts(2, 3, 4));
        assertThat(score.anchored()).isEqualTo(new Counts(0, 3, 4));
        // A BEFORE B is right; both anchors are wrong.
        assertThat(score.order()).isEqualTo(new Counts(1, 3, 6));
        assertThat(score.order().precision()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(score.order().recall()).isCloseTo(1 / 6.0, within(1e-9));
        assertThat(score.order().f1()).isCloseTo(2 / 9.0, within(1e-9));
    }

    @Test
    void anEmptySystemScoresZeroWithoutDividingByZero() {
        var score = TimelineScorer.score("apple", GOLD, new Timeline("Apple", List.of()));
        assertThat(List.of(score.mention().f1(), score.anchored().f1(), score.order().f1())).containsOnly(0.0);
    }

    @Test
    void foldersAreMatchedByFileNameAndMicroAveragedOverAllTimelines(@TempDir Path dir) throws IOException {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Path out = Files.createDirectories(dir.resolve("out"));
        GOLD.write(gold);
        new Timeline("Boeing", List.of(new Entry(0, "XXXX-XX-XX", List.of(new Mention("3", "1", "built"))))).write(gold);
        GOLD.write(out);
        // No boeing.txt in out: its gold mention counts as missed.
        var report = TimelineScorer.score(gold, out);
        assertThat(report.timelines()).extracting(TimelineScorer.Score::name).containsExactly("apple", "boeing");
        assertThat(report.micro().mention()).isEqualTo(new Counts(4, 4, 5));
        assertThat(report.micro().mention().recall()).isEqualTo(0.8);
    }

    @Test
    void timelinesRoundTripThroughTheTaskFormat(@TempDir Path dir) throws IOException {
        var timeline = Timeline.ranked("iTunes Store",
                List.of(List.of(C), List.of(A), List.of(new Mention("4", "7", "out-sold"))),
                List.of("2008-XX-XX", "XXXX-XX-XX", "2008-06-09"));
        timeline.write(dir);
        assertThat(Files.readString(dir.resolve("itunes_store.txt"))).isEqualTo("""
                iTunes Store
                0\tXXXX-XX-XX\t1-2-sold
                1\t2008-XX-XX\t2-4-announced
                2\t2008-06-09\t4-7-out-sold
                """);
        assertThat(Timeline.read(dir.resolve("itunes_store.txt"))).isEqualTo(timeline);
    }
}
