package org.storygraph.entity;

import java.util.List;

record EntityDetail(String id, String name, String type, List<String> aliases, long mentions, long articles,
                    List<Role> roles, List<String> quotes, List<String> events) {

    /** at: where the title is held, when a sentence says so. */
    record Role(String title, Ref at) {
    }

    record Ref(String id, String name) {
    }
}
