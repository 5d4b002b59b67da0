package org.storygraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.storygraph.ingest.LoadCommand;

@SpringBootApplication
@ConfigurationPropertiesScan
public class StorygraphApplication {

    public static void main(String[] args) {
        if (LoadCommand.isRequested(args)) {
            // A command, not a server: no web server, and the exit code tells whether every article loaded.
            var app = new SpringApplication(StorygraphApplication.class);
            app.setWebApplicationType(WebApplicationType.NONE);
            System.exit(SpringApplication.exit(app.run(args)));
        }
        SpringApplication.run(StorygraphApplication.class, args);
    }
}
