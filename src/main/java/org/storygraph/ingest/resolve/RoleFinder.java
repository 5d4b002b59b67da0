package org.storygraph.ingest.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.storygraph.ingest.annotate.AnnotatedSentence;
import org.storygraph.ingest.annotate.Token;

/**
 * Titles written before a name ("Denver City Attorney Kristin Bronson", "Attorney General Jeff Sessions")
 * or after it ("Mark Silverstein, legal director at the ACLU"), with the place or organisation named with them.
 */
final class RoleFinder {

    /** Capitalised words that belong to a title when CoreNLP leaves them out: "City" Attorney, "County" Clerk. */
    private static final Set<String> TITLE_QUALIFIERS = Set.of("City", "County", "State", "Deputy", "Acting", "Assistant",
            "Chief", "Senior", "Vice", "General", "then");

    private RoleFinder() {
    }

    static List<RoleMention> find(AnnotatedSentence sentence, List<LocalMention> mentions) {
        List<RoleMention> roles = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        for (LocalMention person : mentions) {
            if (person.type() != EntityType.PERSON) {
                continue;
            }
            int titleEnd = person.tokenBegin();
            int titleBegin = titleEnd;
            boolean hasTitleWord = false;
            while (titleBegin > 0) {
                Token before = tokens.get(titleBegin - 1);
                if (before.ner().equals("TITLE")) {
                    hasTitleWord = true;
                } else if (!TITLE_QUALIFIERS.contains(before.word()) || mentionAt(mentions, titleBegin - 1) != null) {
                    break;
                }
                titleBegin--;
            }
            if (hasTitleWord) {
                String title = Names.clean(MentionFinder.text(sentence, tokens, titleBegin, titleEnd));
                int atEnd = titleBegin;
                if (atEnd > 0 && tokens.get(atEnd - 1).pos().equals("POS")) {
                    atEnd--;
                }
                LocalMention at = atEnd > 0 ? mentionAt(mentions, atEnd - 1) : null;
                if (at != null && at.type() == EntityType.PERSON) {
                    at = null;
                }
                roles.add(new RoleMention(person, title, at, sentence.index()));
                continue;
            }
            appositive(sentence, mentions, person).ifPresent(roles::add);
        }
        return roles;
    }

    /** "NAME, legal director at the ACLU of Colorado," */
    private static java.util.Optional<RoleMention> appositive(AnnotatedSentence sentence, List<LocalMention> mentions,
                                                             LocalMention person) {
        List<Token> tokens = sentence.tokens();
        int i = person.tokenEnd();
        if (i >= tokens.size() || !tokens.get(i).word().equals(",")) {
            return java.util.Optional.empty();
        }
        int titleBegin = i + 1;
        int j = titleBegin;
        boolean hasTitleWord = false;
        while (j < tokens.size() && (tokens.get(j).ner().equals("TITLE") || tokens.get(j).pos().startsWith("JJ"))) {
            hasTitleWord |= tokens.get(j).ner().equals("TITLE");
            j++;
        }
        if (!hasTitleWord || j + 1 >= tokens.size()) {
            return java.util.Optional.empty();
        }
        String preposition = tokens.get(j).word();
        int atToken = j + 1;
        if (atToken < tokens.size() && tokens.get(atToken).word().equalsIgnoreCase("the")) {
            atToken++;
        }
        LocalMention at = (preposition.equals("at") || preposition.equals("of") || preposition.equals("for"))
                ? mentionAt(mentions, atToken) : null;
        if (at == null || at.type() == EntityType.PERSON) {
            return java.util.Optional.empty();
        }
        String title = MentionFinder.text(sentence, tokens, titleBegin, j);
        return java.util.Optional.of(new RoleMention(person, title, at, sentence.index()));
    }

    private static LocalMention mentionAt(List<LocalMention> mentions, int token) {
        for (LocalMention mention : mentions) {
            if (mention.tokenBegin() <= token && token < mention.tokenEnd()) {
                return mention;
            }
        }
        return null;
    }
}
