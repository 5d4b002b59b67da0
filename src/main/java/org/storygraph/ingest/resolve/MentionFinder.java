package org.storygraph.ingest.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storygraph.ingest.annotate.AnnotatedSentence;
import org.storygraph.ingest.annotate.EntityMention;
import org.storygraph.ingest.annotate.Token;

/**
 * Finds the names in a sentence: CoreNLP's people, organisations and places, corrected by a few general
 * rules, plus laws, programs and acronyms, which CoreNLP's models do not tag.
 */
final class MentionFinder {

    /** "section 1373", "Section 8(a)", "§ 1983", "Title VII", "the Affordable Care Act", "Executive Order 13768", "Ordinance 21-0012". */
    private static final Pattern LAW = Pattern.compile(
            "\\b(?:[Ss]ection|§)\\s*\\d+[a-z]?(?:\\([a-z0-9]+\\))*"
                    + "|\\bTitle [IVXLC]+\\b"
                    + "|\\b(?:[A-Z][\\w'’.-]*\\s+)(?:(?:of|and|for|the|on|to)\\s+|[A-Z][\\w'’.-]*\\s+){0,8}(?:Act|Amendment|Code|Statute)\\b(?:\\s+of\\s+\\d{4})?"
                    + "|\\b(?:[Ee]xecutive [Oo]rder|[Oo]rdinance|[Bb]ill|[Rr]esolution)\\s+(?:No\\.\\s*)?[A-Z]?\\d[\\w-]*");
    /** Capitalised words right before "grant(s)", "program", "fund"...: "Byrne JAG grants" → Byrne JAG. */
    private static final Pattern PROGRAM = Pattern.compile(
            "\\b((?:[A-Z][\\w'’.-]*\\s+){0,5}[A-Z][\\w'’.-]*)\\s+(?:grants?|[Pp]rograms?|[Ff]und|[Ii]nitiative|[Ss]cheme)\\b");
    private static final Set<String> NOT_PROGRAM_START = Set.of("The", "A", "An", "Those", "These", "This", "Federal",
            "State", "Local", "Our", "Their", "His", "Her", "Its", "Some", "Any", "All", "No");

    private static final Pattern MODEL = Pattern.compile("[A-Z]{0,3}\\d{1,4}[A-Za-z]{0,2}");

    private MentionFinder() {
    }

    static List<LocalMention> find(AnnotatedSentence sentence) {
        List<LocalMention> found = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        for (EntityMention mention : sentence.entities()) {
            Optional<EntityType> type = EntityType.fromCoreNlp(mention.nerType());
            int tokenEnd = mention.tokenEnd();
            if (isProduct(tokens, mention)) {
                type = Optional.of(EntityType.PRODUCT);
                tokenEnd = extendOverModel(tokens, tokenEnd);
            }
            if (type.isEmpty() || isPronoun(tokens, mention)) {
                continue;
            }
            int tokenBegin = mention.tokenBegin();
            if (type.get() == EntityType.ORGANIZATION) {
                tokenBegin = extendOverJoinedWords(tokens, tokenBegin);
            }
            String form = text(sentence, tokens, tokenBegin, tokenEnd);
            String name = Names.clean(form);
            if (isUsableName(name, type.get())) {
                found.add(new LocalMention(sentence.index(), tokenBegin, tokenEnd, form, name, type.get()));
            }
        }
        addPatternMentions(sentence, LAW, 0, EntityType.LAW, found);
        addPatternMentions(sentence, PROGRAM, 1, EntityType.PROGRAM, found);
        addCamelCaseProducts(sentence, found);
        addAcronyms(sentence, found);
        found.sort(Comparator.comparingInt(LocalMention::tokenBegin));
        return found;
    }

    /**
     * A product is named by its maker and a model designation ("Boeing 787", "Airbus A380"): an organisation or
     * miscellaneous name followed by, or ending in, a model token; or a miscellaneous name in camel case ("iPhone").
     */
    private static boolean isProduct(List<Token> tokens, EntityMention mention) {
        boolean org = mention.nerType().equals("ORGANIZATION");
        boolean misc = mention.nerType().equals("MISC");
        if (!org && !misc) {
            return false;
        }
        boolean followedByModel = mention.tokenEnd() < tokens.size() && isModel(tokens.get(mention.tokenEnd()));
        boolean endsInModel = mention.tokenEnd() - mention.tokenBegin() > 1 && isModel(tokens.get(mention.tokenEnd() - 1));
        return followedByModel || endsInModel || (misc && isCamelCase(tokens.get(mention.tokenBegin()).word()));
    }

    /** "787", "A380", "3G", "4": a short designation with a digit, not a date, an amount or a count of something. */
    private static boolean isModel(Token token) {
        return MODEL.matcher(token.word()).matches() && !token.ner().equals("DATE") && !token.ner().equals("MONEY")
                && !token.ner().equals("PERCENT") && !token.ner().equals("ORDINAL");
    }

    /** "iPhone", "iTunes": a lower-case letter followed by capitals is how products are spelled, not ordinary words. */
    private static boolean isCamelCase(String word) {
        return word.length() > 2 && Character.isLowerCase(word.charAt(0)) && word.chars().skip(1).anyMatch(Character::isUpperCase);
    }

    /** Takes in the model designation and a capitalised model name after it: "Boeing" + "787 Dreamliner". */
    private static int extendOverModel(List<Token> tokens, int tokenEnd) {
        int end = tokenEnd;
        while (end < tokens.size() && end - tokenEnd < 3
                && (isModel(tokens.get(end)) || (tokens.get(end).pos().equals("NNP") && Character.isUpperCase(tokens.get(end).word().charAt(0))
                        && tokens.get(end).ner().matches("O|MISC")))) {
            end++;
        }
        return end;
    }

    /** Camel-case names CoreNLP left untagged ("iPod", "iTunes Store"), with a model designation after them. */
    private static void addCamelCaseProducts(AnnotatedSentence sentence, List<LocalMention> found) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            int at = i;
            boolean taken = found.stream().anyMatch(m -> m.tokenBegin() <= at && at < m.tokenEnd());
            if (!taken && isCamelCase(token.word()) && token.pos().startsWith("NN") && token.ner().matches("O|MISC")) {
                int end = extendOverModel(tokens, i + 1);
                String form = text(sentence, tokens, i, end);
                found.add(new LocalMention(sentence.index(), i, end, form, Names.clean(form), EntityType.PRODUCT));
                i = end - 1;
            }
        }
    }

    private static boolean isPronoun(List<Token> tokens, EntityMention mention) {
        return mention.tokenEnd() - mention.tokenBegin() == 1 && tokens.get(mention.tokenBegin()).isPronoun();
    }

    /** CoreNLP often tags only the tail of "Immigration and Customs Enforcement": take back the capitalised words joined by "and"/"of". */
    private static int extendOverJoinedWords(List<Token> tokens, int tokenBegin) {
        int begin = tokenBegin;
        while (begin >= 2) {
            Token joiner = tokens.get(begin - 1);
            Token word = tokens.get(begin - 2);
            boolean joins = joiner.word().equals("and") || joiner.word().equals("of") || joiner.word().equals("&");
            if (joins && word.ner().equals("O") && word.pos().startsWith("NNP") && Character.isUpperCase(word.word().charAt(0))) {
                begin -= 2;
                while (begin >= 1 && tokens.get(begin - 1).ner().equals("O") && tokens.get(begin - 1).pos().startsWith("NNP")
                        && Character.isUpperCase(tokens.get(begin - 1).word().charAt(0))) {
                    begin--;
                }
            } else {
                break;
            }
        }
        return begin;
    }

    private static boolean isUsableName(String name, EntityType type) {
        if (name.length() < 2 || !name.chars().anyMatch(Character::isLetter)) {
            return false;
        }
        if (type != EntityType.PERSON && !name.contains(" ")
                && Names.GENERIC_WORDS.contains(name.toLowerCase(Locale.ROOT))) {
            return false;
        }
        return Character.isUpperCase(name.codePointAt(0)) || Character.isDigit(name.codePointAt(0));
    }

    /** Adds every match of {@code pattern} (its group {@code group}) as a mention, replacing CoreNLP mentions it overlaps. */
    private static void addPatternMentions(AnnotatedSentence sentence, Pattern pattern, int group, EntityType type,
                                           List<LocalMention> found) {
        Matcher m = pattern.matcher(sentence.text());
        while (m.find()) {
            String matched = m.group(group).strip();
            int skipped = 0;
            while (type == EntityType.PROGRAM && NOT_PROGRAM_START.contains(matched.split("\\s+")[0])) {
                int space = matched.indexOf(' ');
                if (space < 0) {
                    matched = "";
                    break;
                }
                skipped += space + 1;
                matched = matched.substring(space + 1);
            }
            if (matched.isEmpty()) {
                continue;
            }
            int begin = sentence.begin() + m.start(group) + skipped;
            int end = begin + matched.length();
            int tokenBegin = tokenAt(sentence.tokens(), begin, true);
            int tokenEnd = tokenAt(sentence.tokens(), end, false);
            if (tokenBegin < 0 || tokenEnd <= tokenBegin) {
                continue;
            }
            String name = Names.clean(matched);
            if (type == EntityType.LAW) {
                name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            }
            found.removeIf(other -> other.tokenBegin() < tokenEnd && tokenBegin < other.tokenEnd());
            found.add(new LocalMention(sentence.index(), tokenBegin, tokenEnd, matched, name, type));
        }
    }

    /** A person's surname alone ("Lamborn said") where CoreNLP missed it, once the full name came earlier in the article. */
    static List<LocalMention> surnamesAlone(AnnotatedSentence sentence, List<LocalMention> found, Set<String> surnames) {
        List<LocalMention> added = new ArrayList<>();
        for (Token token : sentence.tokens()) {
            boolean taken = found.stream().anyMatch(m -> m.tokenBegin() <= token.index() && token.index() < m.tokenEnd());
            if (!taken && token.pos().startsWith("NNP") && surnames.contains(token.word())) {
                added.add(new LocalMention(sentence.index(), token.index(), token.index() + 1, token.word(), token.word(),
                        EntityType.PERSON));
            }
        }
        return added;
    }

    /** Upper-case words CoreNLP left untagged ("ICE"); they become entities only if a long form turns up. */
    private static void addAcronyms(AnnotatedSentence sentence, List<LocalMention> found) {
        List<Token> tokens = sentence.tokens();
        for (Token token : tokens) {
            boolean taken = found.stream().anyMatch(m -> m.tokenBegin() <= token.index() && token.index() < m.tokenEnd());
            boolean untagged = token.ner().equals("O") || token.ner().equals("DATE") || token.ner().equals("MISC");
            if (!taken && untagged && token.pos().startsWith("NNP") && Names.isAcronym(token.word())
                    && !allCapsLine(tokens)) {
                found.add(new LocalMention(sentence.index(), token.index(), token.index() + 1, token.word(), token.word(),
                        EntityType.ORGANIZATION, true));
            }
        }
    }

    /** Headlines and captions in capitals are not full of acronyms. */
    private static boolean allCapsLine(List<Token> tokens) {
        long words = tokens.stream().filter(t -> t.word().chars().anyMatch(Character::isLetter)).count();
        long capitals = tokens.stream().filter(t -> t.word().length() > 1 && Names.isAcronym(t.word())).count();
        return words > 2 && capitals * 2 > words;
    }

    private static int tokenAt(List<Token> tokens, int offset, boolean begin) {
        for (Token token : tokens) {
            if (begin && token.end() > offset) {
                return token.index();
            }
            if (!begin && token.begin() >= offset) {
                return token.index();
            }
        }
        return begin ? -1 : tokens.size();
    }

    static String text(AnnotatedSentence sentence, List<Token> tokens, int tokenBegin, int tokenEnd) {
        int begin = tokens.get(tokenBegin).begin() - sentence.begin();
        int end = tokens.get(tokenEnd - 1).end() - sentence.begin();
        return sentence.text().substring(begin, end);
    }
}
