package org.storygraph.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Requests per second under load: wrk (Debian package {@code wrk}) with 64 connections for 30 s on loopback,
 * cycling through the benchmark's sample requests. Skipped with a message when wrk is not installed.
 */
final class LoadTest {

    static final int CONNECTIONS = 64;
    static final int SECONDS = 30;

    private LoadTest() {
    }

    static Optional<String> run(String base, ReadBenchmark.Endpoint endpoint, int samples) throws Exception {
        if (!Benchmarks.installed("wrk")) {
            return Optional.empty();
        }
        // A Lua script that gives each request the next sample path.
        String paths = IntStream.range(0, samples).mapToObj(i -> "\"" + endpoint.path().apply(i) + "\"")
                .collect(Collectors.joining(",\n"));
        Path script = Files.createTempFile("storygraph-wrk-", ".lua");
        Files.writeString(script, "local paths = {" + paths + "}\nlocal i = 0\n"
                + "request = function()\n  i = i % #paths + 1\n  return wrk.format(\"GET\", paths[i])\nend\n");
        Process wrk = new ProcessBuilder("wrk", "-t2", "-c" + CONNECTIONS, "-d" + SECONDS + "s", "--timeout", "10s",
                "-s", script.toString(), base).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor();
        Files.deleteIfExists(script);
        String rate = find(output, "Requests/sec:\\s+([\\d.]+)").orElse("?");
        String errors = find(output, "Non-2xx or 3xx responses: (\\d+)").orElse("0");
        String socketErrors = find(output, "Socket errors: (.*)").orElse("none");
        String latency = find(output, "Latency\\s+(\\S+)").orElse("?");
        return Optional.of(String.format("%-9s wrk %d connections %d s on %s: %s requests/s, mean latency %s, "
                        + "non-2xx %s, socket errors %s", "", CONNECTIONS, SECONDS, endpoint.name(), rate, latency,
                errors, socketErrors));
    }

    private static Optional<String> find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }
}
