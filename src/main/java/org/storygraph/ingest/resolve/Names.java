package org.storygraph.ingest.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * How two spellings of a name are compared: general English rules about names, never a list of the
 * names of any corpus.
 */
final class Names {

    /** Words that say what kind of body something is, not which one: "Denver Police" = "Denver Police Department". */
    private static final Set<String> BODY_SUFFIXES = Set.of("department", "dept", "inc", "corporation", "corp",
            "company", "co", "ltd", "llc", "office", "agency");
    /** Words too generic to name an organisation or place on their own. */
    static final Set<String> GENERIC_WORDS = Set.of("department", "city", "county", "state", "government",
            "administration", "office", "agency", "council", "court", "committee", "police", "federal", "justice");
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "for", "&", "on", "in", "at", "to");
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("dept", "department"), Map.entry("gov", "government"), Map.entry("govt", "government"),
            Map.entry("assn", "association"), Map.entry("corp", "corporation"), Map.entry("univ", "university"),
            Map.entry("intl", "international"), Map.entry("natl", "national"), Map.entry("co", "company"),
            Map.entry("dist", "district"), Map.entry("comm", "commission"), Map.entry("sec", "secretary"));
    private static final Set<String> COUNTRY_QUALIFIERS = Set.of("us", "u.s", "u.s.", "united states", "uk", "u.k");
    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s|s['’])$");
    private static final Pattern PARTY_AFFILIATION = Pattern.compile("^[DRI]-(?=\\p{Lu})");

    private Names() {
    }

    /** "the Justice Department’s" → "Justice Department"; "R-Colorado Springs" → "Colorado Springs"; "then-U.S." → "U.S.". */
    static String clean(String form) {
        String name = form.strip()
                .replaceAll("\\(@\\w+\\)|@\\w+", "")
                .replaceAll("^[\\[(\"“‘']+|[\\])\"”’',.:;]+$", "")
                .replaceFirst("^(?i)then-", "")
                .strip();
        name = PARTY_AFFILIATION.matcher(name).replaceFirst("");
        if (name.regionMatches(true, 0, "the ", 0, 4)) {
            name = name.substring(4);
        }
        name = POSSESSIVE.matcher(name).replaceFirst(name.endsWith("s'") || name.endsWith("s’") ? "s" : "");
        return name.strip().replaceAll("\\s+", " ");
    }

    static List<String> words(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return Arrays.stream(plain.toLowerCase(Locale.ROOT).split("[\\s\\-–—/]+"))
                .map(w -> w.replaceAll("[^\\p{L}\\p{N}&.]", ""))
                .map(w -> w.endsWith(".") ? w.substring(0, w.length() - 1) : w)
                .filter(w -> !w.isEmpty())
                .toList();
    }

    /** A person: first and last word, without initials or suffixes: "Michael B. Hancock" → "michael hancock". */
    static String personKey(String name) {
        List<String> words = new ArrayList<>(words(name).stream()
                .map(w -> w.replace(".", ""))
                .filter(w -> w.length() > 1 && !NAME_SUFFIXES.contains(w))
                .toList());
        if (words.isEmpty()) {
            return "";
        }
        return words.size() == 1 ? words.get(0) : words.get(0) + " " + words.get(words.size() - 1);
    }

    static String lastName(String name) {
        String key = personKey(name);
        return key.substring(key.lastIndexOf(' ') + 1);
    }

    /**
     * Organisations and places compare as the set of their content words, abbreviations expanded and a
     * leading country qualifier dropped: "Dept. of Justice" = "Justice Department" = "Department of Justice".
     */
    static String nameKey(String name) {
        List<String> words = contentWords(name, true);
        return String.join(" ", new TreeSet<>(words));
    }

    /** The name key without words such as "Department" that only say what kind of body it is. */
    static String bodyKey(String name) {
        List<String> words = contentWords(name, true).stream().filter(w -> !BODY_SUFFIXES.contains(w)).toList();
        return words.isEmpty() ? "" : String.join(" ", new TreeSet<>(words));
    }

    private static List<String> contentWords(String name, boolean dropCountry) {
        List<String> words = new ArrayList<>(words(name).stream()
                .map(w -> ABBREVIATIONS.getOrDefault(w.replace(".", ""), w.replace(".", "")))
                .filter(w -> !FUNCTION_WORDS.contains(w))
                .toList());
        if (dropCountry && words.size() > 1 && COUNTRY_QUALIFIERS.contains(words.get(0))) {
            words.remove(0);
        }
        return words;
    }

    /**
     * The acronyms a long name can be written as: initials of its content words, with and without
     * "of", and without a leading country qualifier. "Department of Justice" → DOJ, DJ.
     */
    static Set<String> acronymsOf(String name) {
        List<String> raw = words(name).stream()
                .map(w -> ABBREVIATIONS.getOrDefault(w.replace(".", ""), w.replace(".", "")))
                .toList();
        if (raw.size() < 2) {
            return Set.of();
        }
        Set<String> acronyms = new TreeSet<>();
        for (boolean dropCountry : new boolean[] {false, true}) {
            List<String> words = new ArrayList<>(raw);
            if (dropCountry && words.size() > 2 && COUNTRY_QUALIFIERS.contains(words.get(0))) {
                words.remove(0);
            }
            StringBuilder withOf = new StringBuilder();
            StringBuilder content = new StringBuilder();
            for (String w : words) {
                if (w.isEmpty()) {
                    continue;
                }
                if (w.equals("of")) {
                    withOf.append('o');
                } else if (!FUNCTION_WORDS.contains(w)) {
                    withOf.append(w.charAt(0));
                    content.append(w.charAt(0));
                }
            }
            if (content.length() >= 2) {
                acronyms.add(content.toString().toUpperCase(Locale.ROOT));
            }
            if (withOf.length() >= 2) {
                acronyms.add(withOf.toString().toUpperCase(Locale.ROOT));
            }
        }
        return acronyms;
    }

    /** "DOJ", "ICE", "U.S." written as an acronym: 2 to 6 capitals, dots allowed. */
    static boolean isAcronym(String name) {
        String letters = name.replace(".", "");
        return letters.length() >= 2 && letters.length() <= 6 && letters.chars().allMatch(Character::isUpperCase);
    }

    static String acronymKey(String name) {
        return name.replace(".", "").toUpperCase(Locale.ROOT);
    }

    /** A readable, stable id part: "Michael Hancock" → "michael-hancock". */
    static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() > 60 ? slug.substring(0, 60) : slug;
    }
}
