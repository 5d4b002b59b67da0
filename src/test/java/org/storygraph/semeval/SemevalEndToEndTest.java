package org.storygraph.semeval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.storygraph.IntegrationTest;
import org.storygraph.ingest.write.GraphWriter;

/**
 * The exporter, the baseline and the scorer on two trial articles about Steve Jobs, against the trial's gold
 * timelines cut down to the mentions in those two articles (copies in {@code src/test/resources/semeval-trial}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SemevalEndToEndTest extends IntegrationTest {

    private static final Path TRIAL = Path.of("src/test/resources/semeval-trial");
    private static final List<String> DOCUMENTS = List.of("1664", "18355");
    private static final String LINE = "\\d+\\t(\\d{4}|XXXX)-(\\d{2}|XX)-(\\d{2}|XX)(\\t\\d+-\\d+-\\S+)+";

    @Autowired
    SemevalCommand command;

    @Autowired
    GraphWriter writer;

    private final Path work = temporaryDirectory("storygraph-semeval-test-");
    private Path input;
    private Path gold;
    private String printed;

    @BeforeAll
    void runTheExporterOnTwoArticles() throws IOException {
        input = Files.createDirectories(work.resolve("input"));
        try (Stream<Path> files = Files.list(TRIAL.resolve("input_TimeML"))) {
            for (Path file : files.filter(f -> DOCUMENTS.stream().anyMatch(d -> f.getFileName().toString().startsWith(d + "-"))).toList()) {
                Files.copy(file, input.resolve(file.getFileName()));
            }
        }
        gold = Files.createDirectories(work.resolve("gold"));
        try (Stream<Path> files = Files.list(TRIAL.resolve("gold_timelines"))) {
            files.forEach(this::keepMentionsOfOurDocuments);
        }
        printed = run(new SemevalCommand.Options(input, gold, work.resolve("out"), false));
    }

    /** The gold timeline with only the mentions of our two documents (lines left without any are dropped). */
    private void keepMentionsOfOurDocuments(Path file) {
        Timeline full = Timeline.read(file);
        List<Timeline.Entry> entries = full.entries().stream()
                .map(e -> new Timeline.Entry(e.rank(), e.date(),
                        e.mentions().stream().filter(m -> DOCUMENTS.contains(m.docId())).toList()))
                .filter(e -> !e.mentions().isEmpty())
                .toList();
        new Timeline(full.entity(), entries).write(gold);
    }

    @AfterAll
    void removeOurArticles() {
        DOCUMENTS.forEach(writer::remove);
    }

    @Test
    void readsTheTaskInputWithItsSentenceIds() {
        TimemlDocument document = TimemlReader.readDirectory(input).get(0);
        assertThat(document.docId()).isEqualTo("1664");
        assertThat(document.created()).hasToString("2005-06-06");
        assertThat(document.sentences().get(0).id()).isEqualTo("1");
        assertThat(document.sentences().get(1).tokens().get(2).word()).isEqualTo("Steve");
        int offset = document.text().indexOf("keynote");
        assertThat(document.at(offset)).hasValueSatisfying(p -> {
            assertThat(p.sentenceId()).isEqualTo("2");
            assertThat(p.word()).isEqualTo("keynote");
        });
    }

    @Test
    void writesOneFileInTheTaskFormatPerTarget() throws IOException {
        assertThat(printed).contains("Steve Jobs:");
        for (String target : SemevalCommand.targets(gold)) {
            List<String> lines = Files.readAllLines(work.resolve("out").resolve(Timeline.fileName(target)));
            assertThat(lines.get(0)).isEqualTo(target);
            assertThat(lines.subList(1, lines.size())).allMatch(l -> l.matches(LINE), "lines are RANK, DATE, DOCID-SENTENCE-WORD...");
        }
        assertThat(Files.readAllLines(work.resolve("out/steve_jobs.txt"))).hasSizeGreaterThan(3);
    }

    @Test
    void storygraphFindsStevejobsEventsWithTheirDates() {
        var steveJobs = score(work.resolve("out"), "steve_jobs");
        assertThat(steveJobs.mention().recall()).isGreaterThan(0.1);
        assertThat(steveJobs.mention().precision()).isGreaterThan(0.4);
        assertThat(steveJobs.anchored().matched()).isGreaterThan(2);
        assertThat(steveJobs.order().matched()).isGreaterThan(0);
    }

    @Test
    void theBaselineRunsThroughTheSameCommand() throws IOException {
        Path out = work.resolve("baseline");
        run(new SemevalCommand.Options(input, gold, out, true));
        var steveJobs = score(out, "steve_jobs");
        assertThat(steveJobs.mention().system()).isGreaterThan(0);
        assertThat(Files.readAllLines(out.resolve("steve_jobs.txt")).get(0)).isEqualTo("Steve Jobs");
    }

    @Test
    void theScorerSaysItIsNotTheOfficialScript() {
        var out = new ByteArrayOutputStream();
        int exit = SemevalScoreCommand.run(new String[] {"semeval-score", gold.toString(), work.resolve("out").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("not the task's official scorer").contains("steve_jobs")
                .contains("micro-average");
    }

    private TimelineScorer.Score score(Path out, String timeline) {
        return TimelineScorer.score(gold, out).timelines().stream().filter(s -> s.name().equals(timeline)).findFirst().orElseThrow();
    }

    private String run(SemevalCommand.Options options) {
        var out = new ByteArrayOutputStream();
        int exit = command.run(options, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}
