package org.storygraph.semeval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.storygraph.ingest.LoadProgress;
import org.storygraph.ingest.LoadReport;
import org.storygraph.ingest.LoadService;

/**
 * {@code storygraph semeval --input DIR --entities FILE --out DIR [--baseline]}: loads SemEval-2015 Task 4 Track A
 * input into the database (the application starts a throwaway one for this command) and writes each target
 * entity's timeline in the task's format. {@code --entities} is a list, one name a line, or a folder of gold
 * timelines whose first lines name the targets. With {@code --baseline} the timelines come from the naive
 * baseline instead of the graph.
 */
@Component
@Order(20)
public class SemevalCommand implements ApplicationRunner, ExitCodeGenerator {

    public static final String NAME = "semeval";
    static final String USAGE = "Usage: storygraph semeval --input DIR --entities FILE|GOLD_DIR --out DIR [--baseline]";

    private final LoadService loader;
    private final TimelineExporter exporter;
    private final BaselineTimelines baseline;
    private int exitCode;

    SemevalCommand(LoadService loader, TimelineExporter exporter, BaselineTimelines baseline) {
        this.loader = loader;
        this.exporter = exporter;
        this.baseline = baseline;
    }

    public static boolean isRequested(String... args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    /** The options of one run, parsed from the raw arguments ({@code --input DIR} as well as {@code --input=DIR}). */
    record Options(Path input, Path entities, Path out, boolean baseline) {

        static Options parse(List<String> args) {
            Map<String, String> values = new LinkedHashMap<>();
            boolean baseline = false;
            for (int i = 1; i < args.size(); i++) {
                String arg = args.get(i);
                if (arg.equals("--baseline")) {
                    baseline = true;
                } else if (arg.startsWith("--input") || arg.startsWith("--entities") || arg.startsWith("--out")) {
                    int eq = arg.indexOf('=');
                    if (eq > 0) {
                        values.put(arg.substring(2, eq), arg.substring(eq + 1));
                    } else if (i + 1 < args.size()) {
                        values.put(arg.substring(2), args.get(++i));
                    }
                }
            }
            if (!values.containsKey("input") || !values.containsKey("entities") || !values.containsKey("out")) {
                return null;
            }
            return new Options(Path.of(values.get("input")), Path.of(values.get("entities")), Path.of(values.get("out")), baseline);
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> raw = List.of(args.getSourceArgs());
        if (!isRequested(args.getSourceArgs())) {
            return;
        }
        PrintStream out = System.out;
        Options options = Options.parse(raw);
        if (options == null) {
            out.println(USAGE);
            exitCode = 2;
            return;
        }
        exitCode = run(options, out);
    }

    int run(Options options, PrintStream out) {
        List<TimemlDocument> documents = TimemlReader.readDirectory(options.input());
        List<String> targets = targets(options.entities());
        out.println("Read " + documents.size() + " documents and " + targets.size() + " target entities"
                + " (the language models take about 15 s to load first)");
        List<Timeline> timelines = new ArrayList<>();
        if (options.baseline()) {
            var annotated = baseline.annotate(documents);
            targets.forEach(t -> timelines.add(baseline.timeline(t, documents, annotated)));
        } else {
            LoadReport report = loader.loadArticles(documents.stream().map(d -> d.toArticle(options.input().resolve(d.docId()).toString())).toList(),
                    LoadProgress.SILENT);
            out.println(report.summary());
            report.failures().forEach(f -> out.println("FAILED " + f.line()));
            Map<String, TimemlDocument> byId = new LinkedHashMap<>();
            documents.forEach(d -> byId.put(d.docId(), d));
            for (String target : targets) {
                // Which graph entities a name found is the first thing to check when a timeline comes out empty.
                out.println(target + " is " + (exporter.entitiesNamed(target).isEmpty() ? "no entity of the graph"
                        : "entity " + String.join(", ", exporter.entitiesNamed(target))));
                timelines.add(exporter.export(target, byId));
            }
        }
        for (Timeline timeline : timelines) {
            timeline.write(options.out());
            long mentions = timeline.entries().stream().mapToLong(e -> e.mentions().size()).sum();
            out.printf("%s: %d events, %d mentions -> %s%n", timeline.entity(), timeline.entries().size(), mentions,
                    options.out().resolve(Timeline.fileName(timeline.entity())));
        }
        return 0;
    }

    /** One name a line from a file, or the first line of each timeline in a folder of gold files. */
    static List<String> targets(Path entities) {
        try {
            if (Files.isDirectory(entities)) {
                try (Stream<Path> files = Files.list(entities)) {
                    return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted()
                            .map(f -> Timeline.read(f).entity()).filter(n -> !n.isBlank()).toList();
                }
            }
            return Files.readAllLines(entities).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the target entities from " + entities, e);
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
