package org.storygraph.ingest.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;

/** A {@code .jsonl} file: one JSON article per line. Each line stands alone, so one bad line costs only itself. */
final class JsonLines {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final ObjectMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private final ArticleSizeLimit sizeLimit;

    JsonLines(ArticleSizeLimit sizeLimit) {
        this.sizeLimit = sizeLimit;
    }

    void read(Path file, String idPrefix, ReadBatch batch) throws IOException, BadInput {
        byte[] bytes = Files.readAllBytes(file);
        boolean anyLine = false;
        boolean anyArticle = false;
        var lineFailures = new ArrayList<ReadFailure>();
        int lineStart = 0;
        int lineNumber = 0;
        while (lineStart < bytes.length) {
            lineNumber++;
            int lineEnd = indexOfNewline(bytes, lineStart);
            // Splitting bytes at '\n' is safe in UTF-8, and lets a bad byte fail only the line it is on.
            byte[] line = Arrays.copyOfRange(bytes, lineStart, lineEnd);
            lineStart = lineEnd + 1;
            if (new String(line, StandardCharsets.ISO_8859_1).isBlank()) {
                continue;
            }
            anyLine = true;
            var source = file + ":" + lineNumber;
            try {
                var warnings = new ArrayList<String>();
                var article = toArticle(StrictUtf8.decode(line), idPrefix + "-" + lineNumber, source, warnings);
                batch.add(article, warnings);
                anyArticle = true;
            } catch (BadInput e) {
                lineFailures.add(new ReadFailure(source, e.reason()));
            }
        }
        if (!anyLine) {
            throw new BadInput("is empty");
        }
        if (!anyArticle) {
            // A binary file would otherwise fail once per "line"; one failure for the file says it better. A NUL
            // byte on one line of a good file costs only that line, like any other bad line.
            StrictUtf8.rejectBinary(bytes);
        }
        lineFailures.forEach(failure -> batch.fail(failure.source(), failure.reason()));
    }

    private Article toArticle(String line, String fallbackId, String source, ArrayList<String> warnings)
            throws BadInput {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadInput("invalid JSON: " + e.getOriginalMessage());
        }
        if (!node.isObject()) {
            throw new BadInput("should be a JSON object with a \"text\" field, but is " + kind(node));
        }
        var text = node.get("text");
        if (text == null || text.isNull()) {
            throw new BadInput("missing \"text\"; every line needs the article text");
        }
        if (!text.isTextual()) {
            throw new BadInput("\"text\" should be a string but is " + kind(text));
        }
        if (text.textValue().isBlank()) {
            throw new BadInput("\"text\" is empty");
        }
        sizeLimit.check(text.textValue().getBytes(StandardCharsets.UTF_8).length);
        var fields = ArticleFields.from(json.convertValue(node, FIELDS));
        return fields.toArticle(text.textValue(), fallbackId, source, warnings);
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "true/false";
            case NULL -> "null";
            default -> "a " + node.getNodeType().name().toLowerCase();
        };
    }

    private static int indexOfNewline(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length && bytes[i] != '\n') {
            i++;
        }
        return i;
    }
}
