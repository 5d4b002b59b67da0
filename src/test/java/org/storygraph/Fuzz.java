package org.storygraph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Random;

/**
 * Random and mutated inputs for the fuzz tests, from one seeded {@link Random}: the seed is printed, and
 * {@code -Dfuzz.seed=N} replays a run exactly ({@code -Dfuzz.scale=10} throws ten times as many inputs).
 */
public final class Fuzz {

    private static final String[] NASTY = {
        "", " ", "-1", "0", "1", "-2147483649", "2147483648", "9223372036854775808", "1e309", "NaN", "null", "true",
        "' OR 1=1 --", "\" OR \"\"=\"", "'; DROP TABLE articles; --", "x' }) DETACH DELETE n //",
        "MATCH (n) DETACH DELETE n", "$param", "`", "\\", "\\u0000", "%00", "%", "%%", "%zz", "%2F..%2F..%2Fetc%2Fpasswd",
        "../../../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/passwd", "file:///etc/passwd", "http://", "//evil.example",
        "javascript:alert(1)", "<script>alert(1)</script>", "{{7*7}}", "${7*7}", "[[${7*7}]]", "*", "?", "&", "#", "=",
        "2018-02-30", "2018-13-01", "2018-00", "0000", "-0001-01-01", "+99999-01-01", "999999999-12-31", "2018-W53",
        "2018-01-01T00:00", "01/24/2018", "January 24, 2018", "yesterday", "PERSON", "person", "PERS0N", "ORGANIZATION ",
        "\uD83D\uDE00", "\u202Eevil", "\u0000", "\uFEFF", "\u00e9", "e\u0301", "\u65E5\u672C\u8A9E", "\u0627\u0644\u0639",
        "\uDBFF\uDFFF", "\t\n\r", " x ", "a,b", "a;b", "a b", "a+b", "a|b", "(a)", "[a]", "{a}", "a*", "~a", "\"a\"",
    };

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final long seed;
    private final Random random;

    private Fuzz(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** A generator seeded from -Dfuzz.seed, or a fresh seed; prints it so any failure can be replayed. */
    public static Fuzz create(String what) {
        String given = System.getProperty("fuzz.seed");
        long seed = given != null && !given.isBlank() ? Long.parseLong(given.strip()) : new SecureRandom().nextLong();
        System.out.println("Fuzz seed for " + what + ": " + seed + " (replay with -Dfuzz.seed=" + seed + ")");
        return new Fuzz(seed);
    }

    /** How many inputs to throw: the default scaled by -Dfuzz.scale. */
    public static int count(int base) {
        String scale = System.getProperty("fuzz.scale");
        return scale == null || scale.isBlank() ? base : Math.max(1, (int) (base * Double.parseDouble(scale.strip())));
    }

    public long seed() {
        return seed;
    }

    public Random random() {
        return random;
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    public boolean chance(double p) {
        return random.nextDouble() < p;
    }

    public <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    public String nasty() {
        return NASTY[random.nextInt(NASTY.length)];
    }

    /** A parameter value: nasty classics, random text of any script, numbers at the edges, or huge. */
    public String value() {
        return switch (random.nextInt(8)) {
            case 0, 1 -> nasty();
            case 2 -> randomText(1 + random.nextInt(40));
            case 3 -> Long.toString(random.nextLong() >> random.nextInt(64));
            case 4 -> Integer.toString(random.nextInt(2001) - 1000);
            case 5 -> "x".repeat(500 + random.nextInt(2500));
            case 6 -> nasty() + randomText(random.nextInt(8)) + nasty();
            default -> asciiWord(1 + random.nextInt(12));
        };
    }

    /** Any code points: letters of several scripts, controls, combining marks, emoji, lone surrogates. */
    public String randomText(int length) {
        var text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(6)) {
                case 0 -> text.append((char) (0x20 + random.nextInt(0x5F)));
                case 1 -> text.append((char) random.nextInt(0x20));
                case 2 -> text.appendCodePoint(0xA0 + random.nextInt(0x2F00));
                case 3 -> text.appendCodePoint(0x1F300 + random.nextInt(0x300));
                case 4 -> text.append((char) (0xD800 + random.nextInt(0x800)));
                default -> text.appendCodePoint(random.nextInt(0x10FFFF));
            }
        }
        return text.toString();
    }

    public String asciiWord(int length) {
        var word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    public byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** A copy of text with a few characters deleted, inserted, swapped or duplicated. */
    public String mutate(String text, int edits) {
        var out = new StringBuilder(text);
        for (int i = 0; i < edits; i++) {
            int at = out.isEmpty() ? 0 : random.nextInt(out.length());
            switch (random.nextInt(6)) {
                case 0 -> {
                    if (!out.isEmpty()) {
                        out.deleteCharAt(at);
                    }
                }
                case 1 -> out.insert(at, randomText(1 + random.nextInt(3)));
                case 2 -> out.insert(at, nasty());
                case 3 -> {
                    int end = Math.min(out.length(), at + random.nextInt(20));
                    out.insert(at, out.substring(at, end));
                }
                case 4 -> {
                    if (out.length() > 1 && at + 1 < out.length()) {
                        char c = out.charAt(at);
                        out.setCharAt(at, out.charAt(at + 1));
                        out.setCharAt(at + 1, c);
                    }
                }
                default -> {
                    int end = Math.min(out.length(), at + random.nextInt(200));
                    out.delete(at, end);
                }
            }
        }
        return out.toString();
    }

    /** A copy of the bytes with a few flipped, dropped or cut off (which breaks UTF-8 sequences). */
    public byte[] mutateBytes(byte[] bytes, int edits) {
        byte[] out = bytes.clone();
        for (int i = 0; i < edits && out.length > 0; i++) {
            out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
        }
        if (chance(0.3) && out.length > 1) {
            out = java.util.Arrays.copyOf(out, random.nextInt(out.length));
        }
        return out;
    }

    /** The text escaped for the inside of a JSON string literal. */
    public static String jsonText(String text) {
        var out = new StringBuilder();
        text.chars().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.append((char) c);
            }
        });
        return out.toString();
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Sends one fuzzed request; a connection that fails or times out (a hang) fails the test with the input that
     * caused it.
     */
    public static HttpResponse<String> send(HttpRequest request, String context) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(context + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A success, or a problem detail (application/problem+json) whose detail says why; never a 5xx. */
    public static void assertAnswered(HttpResponse<String> response, String context) {
        int status = response.statusCode();
        // oEmbed answers any format but json with 501, as its specification asks.
        boolean oEmbedFormat = status == 501 && response.uri().getPath().equals("/oembed");
        assertThat(status).as(context + " -> " + response.body()).matches(s -> s < 500 || oEmbedFormat, "below 500");
        if (status >= 400) {
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(context + " -> " + response.body())
                    .startsWith("application/problem+json");
            JsonNode problem = json(response.body(), context);
            assertThat(problem.path("detail").asText()).as(context + " -> " + response.body()).isNotBlank();
            assertThat(problem.path("status").asInt()).as(context).isEqualTo(status);
        }
    }

    private static JsonNode json(String body, String context) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(context + ": not JSON: " + body, e);
        }
    }
}
