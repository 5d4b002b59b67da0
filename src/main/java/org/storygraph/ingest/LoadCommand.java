package org.storygraph.ingest;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code storygraph load PATH...}: loads files or folders into the configured database, then exits with 0 if
 * every article loaded and 1 otherwise, one line per failed file.
 */
@Component
@Order(10)
public class LoadCommand implements ApplicationRunner, ExitCodeGenerator {

    public static final String NAME = "load";

    private final LoadService loader;
    private int exitCode;

    LoadCommand(LoadService loader) {
        this.loader = loader;
    }

    public static boolean isRequested(String... args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> words = args.getNonOptionArgs();
        if (words.isEmpty() || !NAME.equals(words.get(0))) {
            return;
        }
        PrintStream out = System.out;
        if (words.size() < 2) {
            out.println("Usage: storygraph load PATH... (files .txt, .md, .jsonl or folders of them)");
            exitCode = 2;
            return;
        }
        List<Path> paths = words.subList(1, words.size()).stream().map(Path::of).toList();
        out.println("Loading " + String.join(" ", words.subList(1, words.size()))
                + " (the language models take about 15 s to load first)");
        LoadReport report = loader.load(paths, new ConsoleProgress(out, "Extracting"));
        report.warnings().forEach(w -> out.println("warning: " + w));
        report.failures().forEach(f -> out.println("FAILED " + f.line()));
        out.println(report.summary());
        exitCode = report.succeeded() ? 0 : 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
