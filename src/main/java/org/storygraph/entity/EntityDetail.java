package org.storygraph.entity;

import java.time.LocalDate;
import java.util.List;

record EntityDetail(String id, String name, String type, List<String> aliases, long mentions, long articles,
                    List<Role> roles, List<String> quotes, List<String> events, List<Related> related,
                    List<MentioningArticle> mentionedIn) {

    /** at: where the title is held, when a sentence says so. */
    record Role(String title, Ref at) {
    }

    record Ref(String id, String name) {
    }

    /** An entity named in the same sentences, and in how many. */
    record Related(String id, String name, String type, long sentences) {
    }

    record MentioningArticle(String id, String title, String outlet, LocalDate published, long mentions) {
    }
}
