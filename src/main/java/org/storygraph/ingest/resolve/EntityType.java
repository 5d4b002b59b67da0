package org.storygraph.ingest.resolve;

import java.util.Optional;

/** The kinds of entity Storygraph keeps; CoreNLP's finer classes map onto them. */
public enum EntityType {
    PERSON, ORGANIZATION, PLACE, LAW, PROGRAM, PRODUCT;

    static Optional<EntityType> fromCoreNlp(String nerType) {
        return switch (nerType) {
            case "PERSON" -> Optional.of(PERSON);
            case "ORGANIZATION" -> Optional.of(ORGANIZATION);
            case "CITY", "STATE_OR_PROVINCE", "COUNTRY", "LOCATION" -> Optional.of(PLACE);
            default -> Optional.empty();
        };
    }
}
