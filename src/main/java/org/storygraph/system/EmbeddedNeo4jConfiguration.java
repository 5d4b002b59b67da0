package org.storygraph.system;

import java.net.URI;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.autoconfigure.neo4j.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Without {@code spring.neo4j.uri} the app starts its own Neo4j and points Spring Boot's Driver at it,
 * so the rest of the app cannot tell an embedded database from a server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jConfiguration.NoNeo4jUri.class)
class EmbeddedNeo4jConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedNeo4j embeddedNeo4j(StorygraphProperties properties) {
        return EmbeddedNeo4j.start(properties.dataDir(), properties.embedded().boltPort());
    }

    /** Spring Boot builds its Driver from these details instead of spring.neo4j.* when this bean exists. */
    @Bean
    Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j embeddedNeo4j) {
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return embeddedNeo4j.boltUri();
            }

            @Override
            public AuthToken getAuthToken() {
                return AuthTokens.none();
            }
        };
    }

    static class NoNeo4jUri extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return context.getEnvironment().containsProperty("spring.neo4j.uri")
                    ? ConditionOutcome.noMatch("spring.neo4j.uri is set: using that server")
                    : ConditionOutcome.match("spring.neo4j.uri is not set: starting an embedded Neo4j");
        }
    }
}
