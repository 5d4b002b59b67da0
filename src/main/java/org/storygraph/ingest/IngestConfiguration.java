package org.storygraph.ingest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.storygraph.ingest.annotate.NlpAnnotator;

@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    /** One CoreNLP pipeline per process; it loads on first use, not at start-up. */
    @Bean
    NlpAnnotator nlpAnnotator() {
        return new NlpAnnotator();
    }
}
