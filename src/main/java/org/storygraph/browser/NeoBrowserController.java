package org.storygraph.browser;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * /browser opens Neo4j Browser already pointed at the embedded database. It talks to Bolt directly, with full
 * write access: the console's read-only rules do not apply there.
 */
@Controller
class NeoBrowserController implements WebMvcConfigurer {

    private final NeoBrowser browser;

    NeoBrowserController(NeoBrowser browser) {
        this.browser = browser;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        if (browser.isServed()) {
            registry.addResourceHandler(NeoBrowser.PATH + "**").addResourceLocations("classpath:/browser/");
        }
    }

    /** Without its connection parameter Browser would ask for localhost:7687, which may be another database. */
    @GetMapping({"/browser", NeoBrowser.PATH})
    String open(@RequestParam(required = false) String dbms) {
        if (!browser.isServed()) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Neo4j Browser is served only beside"
                    + " the embedded database, and when storygraph.neo4j-browser.enabled is true");
            problem.setTitle("Not found");
            throw new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
        }
        return dbms == null ? "redirect:" + browser.startUrl() : "forward:" + NeoBrowser.PATH + "index.html";
    }
}
