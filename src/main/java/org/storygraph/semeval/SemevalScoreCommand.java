package org.storygraph.semeval;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code storygraph semeval-score GOLD_DIR OUT_DIR}: scores timelines against gold ones. It needs no database
 * and no language model, so it runs without starting the application.
 */
public final class SemevalScoreCommand {

    public static final String NAME = "semeval-score";

    private SemevalScoreCommand() {
    }

    public static boolean isRequested(String... args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    /** Returns the exit code: 0 when scored, 2 on wrong arguments. */
    public static int run(String[] args, PrintStream out) {
        if (args.length != 3 || !Files.isDirectory(Path.of(args[1])) || !Files.isDirectory(Path.of(args[2]))) {
            out.println("Usage: storygraph semeval-score GOLD_DIR OUT_DIR (two folders of timelines, matched by file name)");
            return 2;
        }
        TimelineScorer.print(TimelineScorer.score(Path.of(args[1]), Path.of(args[2])), out);
        return 0;
    }
}
