package org.storygraph.query;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CypherController {

    private final CypherConsole console;

    CypherController(CypherConsole console) {
        this.console = console;
    }

    @Operation(summary = "Run a read-only Cypher query",
            description = "Writes, LOAD CSV, schema and administration commands and procedures that do not only read are"
                    + " refused (400). The query runs in a READ transaction with a timeout (storygraph.query.timeout,"
                    + " 422 when exceeded) and returns at most storygraph.query.max-rows rows (truncated says there"
                    + " were more). A syntax error is a 400 with Neo4j's message and its position.")
    @PostMapping("/api/cypher")
    CypherResult run(@RequestBody CypherRequest request) {
        return console.run(request);
    }
}
