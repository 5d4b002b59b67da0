package org.storygraph.ingest.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.storygraph.ingest.annotate.AnnotatedArticle;
import org.storygraph.ingest.annotate.AnnotatedSentence;

/** The names and roles found in one article, before resolution across the corpus. */
public record ArticleNames(List<LocalMention> mentions, List<RoleMention> roles) {

    public static ArticleNames of(AnnotatedArticle article) {
        List<LocalMention> mentions = new ArrayList<>();
        List<RoleMention> roles = new ArrayList<>();
        Set<String> surnames = new HashSet<>();
        for (AnnotatedSentence sentence : article.sentences()) {
            List<LocalMention> found = new ArrayList<>(MentionFinder.find(sentence));
            found.addAll(MentionFinder.surnamesAlone(sentence, found, surnames));
            found.stream().filter(m -> m.type() == EntityType.PERSON && m.name().contains(" "))
                    .forEach(m -> surnames.add(m.name().substring(m.name().lastIndexOf(' ') + 1)));
            mentions.addAll(found);
            roles.addAll(RoleFinder.find(sentence, found));
        }
        return new ArticleNames(List.copyOf(mentions), List.copyOf(roles));
    }

    public List<LocalMention> inSentence(int sentence) {
        return mentions.stream().filter(m -> m.sentence() == sentence).toList();
    }
}
