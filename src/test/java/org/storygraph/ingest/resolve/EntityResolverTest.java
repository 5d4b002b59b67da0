package org.storygraph.ingest.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Resolution against what the graph already holds, as a second load sees it. */
class EntityResolverTest {

    private final EntityResolver resolver = new EntityResolver();

    @Test
    void aSurnameAloneJoinsThePersonTheGraphHoldsUnderThatWordAlone() {
        var known = new KnownEntity("mueller", "Mueller", "PERSON", List.of("Mueller"));
        var mention = new LocalMention(0, 3, 4, "Mueller", "Mueller", EntityType.PERSON);

        var resolution = resolver.resolve(List.of(new EntityResolver.ArticleMentions("later", List.of(mention))), List.of(known));

        assertThat(resolution.of("later").get(mention).id()).isEqualTo("mueller");
    }

    @Test
    void aSurnameAloneStillJoinsTheOneFullNameInItsLoadRatherThanAStoredSurname() {
        var known = new KnownEntity("mueller", "Mueller", "PERSON", List.of("Mueller"));
        var full = new LocalMention(0, 0, 2, "Robert Mueller", "Robert Mueller", EntityType.PERSON);
        var surname = new LocalMention(1, 0, 1, "Mueller", "Mueller", EntityType.PERSON);

        var resolution = resolver.resolve(List.of(new EntityResolver.ArticleMentions("later", List.of(full, surname))),
                List.of(known));

        assertThat(resolution.of("later").get(surname).id()).isEqualTo(resolution.of("later").get(full).id())
                .isEqualTo("robert-mueller");
    }
}
