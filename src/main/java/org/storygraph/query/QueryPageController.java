package org.storygraph.query;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.storygraph.system.ConnectedDatabase;
import org.storygraph.system.StorygraphProperties;

@Controller
class QueryPageController {

    private static final String VIEW = "query/index";

    private final CypherExamples examples;
    private final StorygraphProperties properties;
    private final ConnectedDatabase database;

    QueryPageController(CypherExamples examples, StorygraphProperties properties, ConnectedDatabase database) {
        this.examples = examples;
        this.properties = properties;
        this.database = database;
    }

    @GetMapping("/query")
    String page(Model model) {
        model.addAttribute("examples", examples.all());
        model.addAttribute("limits", properties.query());
        model.addAttribute("browser", database.isEmbedded() && properties.neo4jBrowser().enabled());
        return VIEW;
    }
}
