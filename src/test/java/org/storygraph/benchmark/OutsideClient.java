package org.storygraph.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The latency of each request as a client outside the app's JVM sees it: curl fetches the sample paths one at a
 * time over one kept-alive connection and prints each transfer's time. Unlike wrk's latency distribution, which
 * corrects for coordinated omission (one slow answer adds samples for the requests a constant-rate client would
 * have sent meanwhile), these are raw per-request times, comparable with the direct reads.
 */
final class OutsideClient {

    private OutsideClient() {
    }

    /** Times one request per sample path, after a pass of them all to warm up; empty without curl. */
    static Optional<ReadBenchmark.Latencies> time(String base, ReadBenchmark.Endpoint endpoint, int samples)
            throws Exception {
        if (!Benchmarks.installed("curl")) {
            return Optional.empty();
        }
        String pass = IntStream.range(0, samples)
                .mapToObj(i -> "url = \"" + base + endpoint.path().apply(i) + "\"\noutput = \"/dev/null\"\n")
                .collect(Collectors.joining());
        Path config = Files.createTempFile("storygraph-curl-", ".cfg");
        try {
            Files.writeString(config, pass + pass);
            Process curl = new ProcessBuilder("curl", "--silent", "--show-error", "--fail", "--config", config.toString(),
                    "--write-out", "%{time_total}\\n").redirectErrorStream(true).start();
            String[] lines = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n");
            if (curl.waitFor() != 0 || lines.length != 2 * samples) {
                throw new IllegalStateException("curl failed on " + endpoint.name() + ": " + String.join("\n", lines));
            }
            double[] millis = new double[samples];
            for (int i = 0; i < samples; i++) {
                millis[i] = Double.parseDouble(lines[samples + i].strip()) * 1000;
            }
            return Optional.of(new ReadBenchmark.Latencies(millis));
        } finally {
            Files.deleteIfExists(config);
        }
    }
}
