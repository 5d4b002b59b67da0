package org.storygraph.query;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.storygraph.graph.CypherFiles;

/**
 * The console's examples, from {@code cypher/examples.cypher}: blocks apart by blank lines, each a comment line
 * naming the query, an optional {@code // params: {...}} line, then the query up to its semicolon.
 */
@Component
class CypherExamples {

    private static final String PARAMS = "// params:";

    /** params: the parameters as JSON text, "{}" when the query has none. */
    record Example(String name, String query, String params) {
    }

    private final List<Example> examples;

    CypherExamples(CypherFiles files) {
        this.examples = parse(files.file("examples.cypher"));
    }

    List<Example> all() {
        return examples;
    }

    static List<Example> parse(String text) {
        var examples = new ArrayList<Example>();
        for (String block : text.split("\\R\\s*\\R")) {
            String name = null;
            String params = "{}";
            var query = new StringBuilder();
            for (String line : block.strip().split("\\R")) {
                String stripped = line.strip();
                if (stripped.startsWith(PARAMS) && query.isEmpty()) {
                    params = stripped.substring(PARAMS.length()).strip();
                } else if (stripped.startsWith("//") && query.isEmpty()) {
                    if (name == null) {
                        name = stripped.substring(2).strip();
                    }
                } else if (!stripped.isEmpty()) {
                    query.append(line.stripTrailing()).append('\n');
                }
            }
            String statement = query.toString().strip();
            if (statement.endsWith(";")) {
                statement = statement.substring(0, statement.length() - 1).stripTrailing();
            }
            if (name != null && !statement.isEmpty()) {
                examples.add(new Example(name, statement, params));
            }
        }
        return List.copyOf(examples);
    }
}
