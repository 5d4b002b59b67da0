package org.storygraph.entity;

import java.util.Arrays;
import java.util.Locale;
import org.storygraph.web.BadParameter;

/** The kinds of entity extraction produces. */
public enum EntityType {
    PERSON, ORGANIZATION, PLACE, LAW, PROGRAM, PRODUCT;

    /** The type a user asked for, in any case; null when none was asked for. */
    public static EntityType parse(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return valueOf(type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameter("type", "Unknown entity type '" + type + "'; use one of " + Arrays.toString(values()));
        }
    }
}
