package org.storygraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class StorygraphApplication {

    public static void main(String[] args) {
        SpringApplication.run(StorygraphApplication.class, args);
    }
}
