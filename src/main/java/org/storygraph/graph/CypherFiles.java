package org.storygraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The Cypher the app runs, read from the project's {@code cypher/} folder (packaged on the classpath),
 * so the same files can be run by hand with cypher-shell.
 */
@Component
public class CypherFiles {

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /** The text of {@code cypher/queries/NAME.cypher}. */
    public String query(String name) {
        return cache.computeIfAbsent("queries/" + name + ".cypher", CypherFiles::read);
    }

    /** The whole text of {@code cypher/PATH}, comments included (the console reads its examples' names from them). */
    public String file(String path) {
        return cache.computeIfAbsent(path, CypherFiles::read);
    }

    /** The statements of a script such as {@code schema.cypher}, split at the semicolons that end a line. */
    public List<String> script(String path) {
        return splitStatements(read(path));
    }

    static List<String> splitStatements(String script) {
        String withoutComments = script.lines()
                .filter(line -> !line.strip().startsWith("//"))
                .reduce("", (text, line) -> text + line + "\n");
        return Arrays.stream(withoutComments.split(";\\s*(\\n|$)"))
                .map(String::strip)
                .filter(statement -> !statement.isEmpty())
                .toList();
    }

    private static String read(String path) {
        var resource = new ClassPathResource("cypher/" + path);
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Missing Cypher file cypher/" + path, e);
        }
    }
}
