package org.storygraph.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    static boolean wrkInstalled() throws Exception {
        if (new ProcessBuilder("sh", "-c", "command -v wrk").start().waitFor() == 0) {
            return true;
        }
        System.out.println("wrk is not installed: apt-get install -y wrk, then run again for the figures it gives");
        return false;
    }

    static Optional<String> run(String base, ReadBenchmark.Endpoint endpoint, int samples) throws Exception {
        if (!wrkInstalled()) {
            return Optional.empty();
        }
        String output = wrk(base, endpoint, samples, "-t2", "-c" + CONNECTIONS, "-d" + SECONDS + "s");
        String rate = find(output, "Requests/sec:\\s+([\\d.]+)").orElse("?");
        String errors = find(output, "Non-2xx or 3xx responses: (\\d+)").orElse("0");
        String socketErrors = find(output, "Socket errors: (.*)").orElse("none");
        String latency = find(output, "Latency\\s+(\\S+)").orElse("?");
        return Optional.of(String.format("%-9s wrk %d connections %d s on %s: %s requests/s, mean latency %s, "
                        + "non-2xx %s, socket errors %s", "", CONNECTIONS, SECONDS, endpoint.name(), rate, latency,
                errors, socketErrors));
    }

    /**
     * The latency a client outside the app's JVM sees, one request at a time (one connection, kept alive) for
     * {@code seconds}: p50 and p99 in milliseconds, as wrk's latency distribution gives them.
     */
    static Optional<double[]> oneAtATime(String base, ReadBenchmark.Endpoint endpoint, int samples, int seconds)
            throws Exception {
        String output = wrk(base, endpoint, samples, "-t1", "-c1", "-d" + seconds + "s", "--latency");
        var p50 = find(output, "\\s50%\\s+(\\S+)");
        var p99 = find(output, "\\s99%\\s+(\\S+)");
        if (p50.isEmpty() || p99.isEmpty()) {
            System.out.println("wrk gave no latency distribution:\n" + output);
            return Optional.empty();
        }
        return Optional.of(new double[] {millis(p50.get()), millis(p99.get())});
    }

    /** Runs wrk with a Lua script that gives each request the next sample path; its output. */
    private static String wrk(String base, ReadBenchmark.Endpoint endpoint, int samples, String... options)
            throws Exception {
        String paths = IntStream.range(0, samples).mapToObj(i -> "\"" + endpoint.path().apply(i) + "\"")
                .collect(Collectors.joining(",\n"));
        Path script = Files.createTempFile("storygraph-wrk-", ".lua");
        Files.writeString(script, "local paths = {" + paths + "}\nlocal i = 0\n"
                + "request = function()\n  i = i % #paths + 1\n  return wrk.format(\"GET\", paths[i])\nend\n");
        var command = new ArrayList<>(List.of("wrk", "--timeout", "10s", "-s", script.toString()));
        command.addAll(List.of(options));
        command.add(base);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor();
        Files.deleteIfExists(script);
        return output;
    }

    /** wrk's durations: "850.00us", "1.23ms", "2.10s". */
    private static double millis(String duration) {
        Matcher m = Pattern.compile("([\\d.]+)(us|ms|s|m)").matcher(duration);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a wrk duration: " + duration);
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "ms" -> value;
            case "s" -> value * 1000;
            default -> value * 60_000;
        };
    }

    private static Optional<String> find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }
}
