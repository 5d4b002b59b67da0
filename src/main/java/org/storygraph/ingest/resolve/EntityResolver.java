package org.storygraph.ingest.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Decides which mentions name the same entity, within an article and across the corpus (and the entities
 * already in the graph). Rules, in order: the same name; a surname alone joins the one full name with that
 * surname in its article, else in the corpus; organisations and places join on the same content words in
 * any order ("Justice Department" = "Department of Justice") or with a body word dropped ("Denver Police" =
 * "Denver Police Department"); an acronym joins the one long form whose initials it is, and stands alone once
 * three articles use it; a product's short name
 * joins the one longer name it begins. Distinct full names never merge.
 */
public final class EntityResolver {

    /** Mentions of one article, in reading order. */
    public record ArticleMentions(String articleId, List<LocalMention> mentions) {
    }

    /** For each article, each of its mentions' entity; mentions that named nothing (an unmatched acronym) are absent. */
    public record Resolution(Map<String, Map<LocalMention, ResolvedEntity>> byArticle) {
        public Map<LocalMention, ResolvedEntity> of(String articleId) {
            return byArticle.getOrDefault(articleId, Map.of());
        }
    }

    /** A set of mentions known to be one entity, before the union across articles. */
    private static final class Group {
        final String articleId;
        final List<LocalMention> mentions = new ArrayList<>();
        final Set<String> forms = new LinkedHashSet<>();
        final KnownEntity known;
        Group parent = this;

        Group(String articleId, KnownEntity known) {
            this.articleId = articleId;
            this.known = known;
        }

        Group root() {
            Group g = this;
            while (g.parent != g) {
                g.parent = g.parent.parent;
                g = g.parent;
            }
            return g;
        }

        EntityType type() {
            if (known != null) {
                return EntityType.valueOf(known.type());
            }
            return mentions.get(0).type();
        }

        boolean isPerson() {
            return type() == EntityType.PERSON;
        }

        boolean isAcronymOnly() {
            return known == null && forms.stream().allMatch(Names::isAcronym);
        }

        boolean isUntaggedAcronym() {
            return isAcronymOnly() && mentions.stream().allMatch(LocalMention::tentative);
        }

        /** A person named by one word only, whether the graph holds it already or not. */
        boolean isOneWordPerson() {
            return isPerson() && forms.stream().allMatch(f -> !Names.personKey(f).contains(" "));
        }

        boolean isSingleWordPerson() {
            return isPerson() && known == null && forms.stream().allMatch(f -> !Names.personKey(f).contains(" "));
        }
    }

    /** An acronym CoreNLP did not tag, with no long form in sight, is a name once this many articles use it ("EADS"). */
    private static final int ACRONYM_ARTICLES = 3;

    public Resolution resolve(List<ArticleMentions> articles, List<KnownEntity> known) {
        List<Group> groups = new ArrayList<>();
        Map<String, List<Group>> groupsByArticle = new LinkedHashMap<>();
        for (KnownEntity entity : known) {
            Group group = new Group(null, entity);
            group.forms.add(entity.name());
            group.forms.addAll(entity.aliases());
            groups.add(group);
        }
        for (ArticleMentions article : articles) {
            List<Group> local = groupWithinArticle(article);
            groups.addAll(local);
            groupsByArticle.put(article.articleId(), local);
        }
        joinAcrossCorpus(groups, groupsByArticle);
        return assign(groups, known);
    }

    /** Same name, and a surname alone joining the full name it abbreviates. */
    private List<Group> groupWithinArticle(ArticleMentions article) {
        Map<String, Group> byKey = new LinkedHashMap<>();
        for (LocalMention mention : article.mentions()) {
            String key = localKey(mention);
            Group group = byKey.computeIfAbsent(key, k -> new Group(article.articleId(), null));
            group.mentions.add(mention);
            group.forms.add(mention.name());
        }
        List<Group> groups = new ArrayList<>(byKey.values());
        Map<String, List<Group>> fullNamesBySurname = groups.stream()
                .filter(g -> g.isPerson() && !g.isSingleWordPerson())
                .collect(Collectors.groupingBy(g -> Names.lastName(g.forms.iterator().next())));
        for (Group group : groups) {
            if (isSingleWord(group)) {
                List<Group> full = fullNamesBySurname.getOrDefault(group.forms.iterator().next().toLowerCase(Locale.ROOT), List.of());
                if (full.size() == 1) {
                    union(group, full.get(0));
                }
            }
        }
        return groups;
    }

    /** A one-word person name, or a one-word "organisation" that CoreNLP often tags for a surname ("Trump"). */
    private static boolean isSingleWord(Group group) {
        return group.known == null && (group.type() == EntityType.PERSON || group.type() == EntityType.ORGANIZATION)
                && group.forms.stream().allMatch(f -> !f.contains(" ") && !Names.isAcronym(f));
    }

    private static String localKey(LocalMention mention) {
        return mention.type() == EntityType.PERSON
                ? "person " + Names.personKey(mention.name())
                : "name " + Names.nameKey(mention.name());
    }

    private void joinAcrossCorpus(List<Group> groups, Map<String, List<Group>> groupsByArticle) {
        // Full person names, and organisation or place names with the same words.
        joinOnKey(groups, g -> g.isPerson() && !g.isSingleWordPerson(), Names::personKey);
        joinOnKey(groups, g -> !g.isPerson() && !g.isAcronymOnly(), Names::nameKey);
        joinOnKey(groups, g -> g.type() == EntityType.ORGANIZATION && !g.isAcronymOnly(), Names::bodyKey);

        // A surname (or a one-word name of another type) alone: the one full name in the corpus with that surname.
        Map<String, Set<Group>> fullNamesBySurname = new HashMap<>();
        for (Group group : groups) {
            if (group.isPerson() && !group.isSingleWordPerson()) {
                for (String form : group.forms) {
                    if (Names.personKey(form).contains(" ")) {
                        fullNamesBySurname.computeIfAbsent(Names.lastName(form), k -> new HashSet<>()).add(group.root());
                    }
                }
            }
        }
        for (Group group : groups) {
            if (isSingleWord(group) && group.root() == group) {
                String surname = group.forms.iterator().next().toLowerCase(Locale.ROOT);
                Set<Group> roots = rootsOf(fullNamesBySurname.getOrDefault(surname, Set.of()));
                if (roots.size() == 1) {
                    union(group, roots.iterator().next());
                }
            }
        }

        // Acronyms: the one long form whose initials they are.
        Map<String, Set<Group>> longFormsByAcronym = new HashMap<>();
        for (Group group : groups) {
            if (!group.isPerson() && !group.isAcronymOnly()) {
                for (String form : group.forms) {
                    for (String acronym : Names.acronymsOf(form)) {
                        longFormsByAcronym.computeIfAbsent(acronym, k -> new HashSet<>()).add(group);
                    }
                }
            }
        }
        for (Group group : groups) {
            if (group.isAcronymOnly()) {
                String acronym = Names.acronymKey(group.forms.iterator().next());
                Set<Group> roots = rootsOf(longFormsByAcronym.getOrDefault(acronym, Set.of()));
                if (roots.size() == 1) {
                    union(group, roots.iterator().next());
                }
            }
        }
        // The same acronym everywhere is one entity, also one the graph already holds under that acronym alone.
        joinOnKey(groups, g -> !g.isPerson() && g.forms.stream().allMatch(Names::isAcronym), Names::acronymKey);
        joinShortProductNames(groups);
        // A surname with no full name anywhere ("Mueller") is still one person across articles, and the person the
        // graph holds under that word alone (known groups come first, and stay the root), or every later load
        // would add another "Mueller".
        Map<String, Group> surnameAlone = new HashMap<>();
        for (Group group : groups) {
            if (group.isOneWordPerson() && group.root() == group) {
                Group other = surnameAlone.putIfAbsent(group.forms.iterator().next().toLowerCase(Locale.ROOT), group);
                if (other != null) {
                    union(group, other);
                }
            }
        }
    }

    /** A product named short ("Boeing 787") joins the one longer product name that begins with it ("Boeing 787 Dreamliner"). */
    private static void joinShortProductNames(List<Group> groups) {
        Map<String, Set<Group>> byPrefix = new HashMap<>();
        for (Group group : groups) {
            if (group.type() == EntityType.PRODUCT) {
                for (String form : group.forms) {
                    List<String> words = Names.words(form);
                    for (int k = 1; k < words.size(); k++) {
                        byPrefix.computeIfAbsent(String.join(" ", words.subList(0, k)), x -> new HashSet<>()).add(group);
                    }
                }
            }
        }
        for (Group group : groups) {
            if (group.type() != EntityType.PRODUCT) {
                continue;
            }
            for (String form : group.forms) {
                Set<Group> roots = rootsOf(byPrefix.getOrDefault(String.join(" ", Names.words(form)), Set.of()));
                roots.remove(group.root());
                if (roots.size() == 1) {
                    union(group, roots.iterator().next());
                }
            }
        }
    }

    private static Set<Group> rootsOf(Set<Group> groups) {
        Set<Group> roots = new HashSet<>();
        groups.forEach(g -> roots.add(g.root()));
        return roots;
    }

    private static void joinOnKey(List<Group> groups, java.util.function.Predicate<Group> applies, Function<String, String> key) {
        Map<String, Group> first = new HashMap<>();
        for (Group group : groups) {
            if (!applies.test(group)) {
                continue;
            }
            for (String form : group.forms) {
                String k = key.apply(form);
                if (k.isEmpty() || (group.isPerson() && !k.contains(" "))) {
                    continue;
                }
                Group other = first.putIfAbsent(k, group);
                if (other != null) {
                    union(group, other);
                }
            }
        }
    }

    private static void union(Group a, Group b) {
        Group ra = a.root();
        Group rb = b.root();
        if (ra == rb) {
            return;
        }
        // A known entity stays the root, so its id survives.
        if (ra.known != null && rb.known == null) {
            rb.parent = ra;
        } else {
            ra.parent = rb;
        }
    }

    private Resolution assign(List<Group> groups, List<KnownEntity> known) {
        Map<Group, List<Group>> clusters = new LinkedHashMap<>();
        for (Group group : groups) {
            clusters.computeIfAbsent(group.root(), r -> new ArrayList<>()).add(group);
        }
        Set<String> usedIds = new HashSet<>();
        known.forEach(k -> usedIds.add(k.id()));
        Map<String, Map<LocalMention, ResolvedEntity>> byArticle = new LinkedHashMap<>();
        for (List<Group> cluster : clusters.values()) {
            boolean hasMentions = cluster.stream().anyMatch(g -> !g.mentions.isEmpty());
            if (!hasMentions || (cluster.stream().allMatch(Group::isUntaggedAcronym) && articlesOf(cluster) < ACRONYM_ARTICLES)) {
                continue;
            }
            ResolvedEntity entity = entityOf(cluster, usedIds);
            for (Group group : cluster) {
                for (LocalMention mention : group.mentions) {
                    byArticle.computeIfAbsent(group.articleId, a -> new LinkedHashMap<>()).put(mention, entity);
                }
            }
        }
        return new Resolution(byArticle);
    }

    private static long articlesOf(List<Group> cluster) {
        return cluster.stream().filter(g -> !g.mentions.isEmpty()).map(g -> g.articleId).distinct().count();
    }

    private ResolvedEntity entityOf(List<Group> cluster, Set<String> usedIds) {
        KnownEntity known = cluster.stream().map(g -> g.known).filter(k -> k != null).findFirst().orElse(null);
        Map<String, Integer> formCounts = new LinkedHashMap<>();
        Map<EntityType, Integer> typeVotes = new LinkedHashMap<>();
        Set<String> aliases = new LinkedHashSet<>();
        for (Group group : cluster) {
            if (group.known != null) {
                aliases.add(group.known.name());
                aliases.addAll(group.known.aliases());
            }
            for (LocalMention mention : group.mentions) {
                formCounts.merge(mention.name(), 1, Integer::sum);
                typeVotes.merge(mention.type(), mention.name().contains(" ") ? 2 : 1, Integer::sum);
                aliases.add(mention.name());
                aliases.add(mention.form());
            }
        }
        EntityType type = known != null ? EntityType.valueOf(known.type())
                : typeVotes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        String name = known != null ? known.name() : canonicalName(formCounts, type);
        String id = known != null ? known.id() : uniqueId(name, type, usedIds);
        usedIds.add(id);
        return new ResolvedEntity(id, name, type, List.copyOf(aliases));
    }

    /** The most used full form: not an acronym, not a surname alone; ties go to the longer. */
    private static String canonicalName(Map<String, Integer> formCounts, EntityType type) {
        Comparator<Map.Entry<String, Integer>> byUse = Map.Entry.comparingByValue();
        return formCounts.entrySet().stream()
                .max(Comparator.comparing((Map.Entry<String, Integer> e) -> isFullForm(e.getKey(), type))
                        .thenComparing(byUse)
                        .thenComparing(e -> e.getKey().length()))
                .orElseThrow().getKey();
    }

    private static boolean isFullForm(String form, EntityType type) {
        return !Names.isAcronym(form) && (type != EntityType.PERSON || Names.personKey(form).contains(" "));
    }

    private static String uniqueId(String name, EntityType type, Set<String> usedIds) {
        String base = Names.slug(name);
        if (base.isEmpty()) {
            base = type.name().toLowerCase(Locale.ROOT);
        }
        String id = base;
        if (usedIds.contains(id)) {
            id = base + "-" + type.name().toLowerCase(Locale.ROOT);
        }
        for (int n = 2; usedIds.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
