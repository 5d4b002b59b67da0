package org.storygraph.ingest.read;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The optional YAML block between a first line {@code ---} and the next line {@code ---}, and the text after it.
 *
 * @param fields the YAML keys and values; empty when the file has no front matter
 * @param body   everything after the closing {@code ---} line, untouched
 */
record FrontMatter(Map<String, Object> fields, String body) {

    private static final Pattern DELIMITER = Pattern.compile("---[ \\t]*");

    static FrontMatter split(String text) throws BadInput {
        int firstLineEnd = lineEnd(text, 0);
        if (!DELIMITER.matcher(text.substring(0, firstLineEnd)).matches()) {
            return new FrontMatter(Map.of(), text);
        }
        int lineStart = afterLineBreak(text, firstLineEnd);
        while (lineStart < text.length()) {
            int lineEnd = lineEnd(text, lineStart);
            if (DELIMITER.matcher(text.substring(lineStart, lineEnd)).matches()) {
                var yaml = text.substring(afterLineBreak(text, firstLineEnd), lineStart);
                return new FrontMatter(parse(yaml), text.substring(afterLineBreak(text, lineEnd)));
            }
            lineStart = afterLineBreak(text, lineEnd);
        }
        throw new BadInput("front matter opened with --- on line 1 is never closed; add a line --- after the YAML");
    }

    private static Map<String, Object> parse(String yaml) throws BadInput {
        Object loaded;
        try {
            loaded = newYaml().load(yaml);
        } catch (YAMLException e) {
            throw new BadInput("front matter is not valid YAML: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            // SnakeYAML's own constructors throw this for a bad explicit tag value ("!!binary x", "!!int y").
            throw new BadInput("front matter is not valid YAML: " + e.getMessage());
        }
        if (loaded == null) {
            return Map.of();
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new BadInput("front matter must be key: value lines, but is a " + ArticleFields.describe(loaded));
        }
        var fields = new LinkedHashMap<String, Object>();
        map.forEach((key, value) -> fields.put(String.valueOf(key), value));
        return fields;
    }

    private static Yaml newYaml() {
        var loaderOptions = new LoaderOptions();
        loaderOptions.setAllowDuplicateKeys(false);
        var dumperOptions = new DumperOptions();
        return new Yaml(new SafeConstructor(loaderOptions), new Representer(dumperOptions), dumperOptions,
                loaderOptions, new PlainScalarsAsText());
    }

    /**
     * Keeps plain YAML scalars as text, except null. Otherwise {@code published: 2018-01-24} becomes a
     * java.util.Date at UTC midnight, and a title like {@code No} or {@code 1984} stops being a string.
     */
    private static final class PlainScalarsAsText extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
            addImplicitResolver(Tag.NULL, EMPTY, null, 10);
            addImplicitResolver(Tag.MERGE, MERGE, "<", 10);
            addImplicitResolver(Tag.YAML, YAML, "!&*", 10);
        }
    }

    private static int lineEnd(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return end;
    }

    private static int afterLineBreak(String text, int lineEnd) {
        if (text.startsWith("\r\n", lineEnd)) {
            return lineEnd + 2;
        }
        return lineEnd < text.length() ? lineEnd + 1 : lineEnd;
    }
}
