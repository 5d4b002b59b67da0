package org.storygraph.generate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The generate command's options, given as {@code --events 10000} or {@code --events=10000}. */
record GenerateOptions(int events, int entities, long seed) {

    static GenerateOptions parse(List<String> words) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.startsWith("--storygraph.") || word.startsWith("--spring.")) {
                continue;
            }
            String name = word.replaceFirst("^--", "").replaceFirst("=.*", "");
            if (!List.of("events", "entities", "seed").contains(name) || !word.startsWith("--")) {
                throw new IllegalArgumentException("Unknown option: " + word);
            }
            if (word.contains("=")) {
                values.put(name, word.substring(word.indexOf('=') + 1));
            } else if (i + 1 < words.size()) {
                values.put(name, words.get(++i));
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
        }
        if (!values.containsKey("events")) {
            throw new IllegalArgumentException("--events is required");
        }
        int events = number(values, "events");
        int entities = values.containsKey("entities") ? number(values, "entities") : Math.max(2, events / 10);
        long seed = values.containsKey("seed") ? number(values, "seed") : 1;
        if (events < 1 || entities < 2) {
            throw new IllegalArgumentException("--events must be at least 1 and --entities at least 2");
        }
        return new GenerateOptions(events, entities, seed);
    }

    private static int number(Map<String, String> values, String name) {
        try {
            return Integer.parseInt(values.get(name).replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, not '" + values.get(name) + "'");
        }
    }
}
