package org.storygraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.storygraph.StorygraphApplication;

/**
 * Storygraph as its own operating-system process: the test JVM's classpath and --add-opens flags, its output
 * (stdout and stderr together) in {@code target/reliability/NAME-N.log} for diagnosis, killed or stopped as a
 * real machine or operator would.
 */
final class AppProcess implements AutoCloseable {

    private static final Path LOGS = Path.of("target", "reliability");
    private static final AtomicInteger STARTED = new AtomicInteger();

    private final String name;
    private final Process process;
    private final Path log;
    private final long startedAt = System.nanoTime();

    private AppProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code StorygraphApplication} with these arguments, from the project folder (where seed/ is). */
    /** Runs the app with these arguments to its end; fails, showing its last output, unless it exits with 0. */
    static void runToSuccess(String name, List<String> args, Duration timeout) {
        try (var app = start(name, args)) {
            assertThat(app.awaitExit(timeout)).as(app.tail()).isZero();
        }
    }

    static AppProcess start(String name, List<String> args) {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx2g"));
        // The same opens the pom gives surefire (neo4j.add-opens), taken from this JVM's own flags.
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens")).forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), StorygraphApplication.class.getName()));
        command.addAll(args);
        try {
            Files.createDirectories(LOGS);
            Path log = LOGS.resolve(name + "-" + STARTED.incrementAndGet() + ".log");
            Files.writeString(log, String.join(" ", args) + System.lineSeparator());
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            System.out.printf("[%s] pid %d started (arguments and output in %s)%n", name, process.pid(), log);
            return new AppProcess(name, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    /** The arguments that keep a process to its own data directory, a free Bolt port and no seed load. */
    static List<String> embeddedIn(Path dataDir) {
        return List.of("--storygraph.data-dir=" + dataDir, "--storygraph.embedded.bolt-port=0", "--storygraph.load-on-start=false");
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for an output line that matches; fails, with the log's tail, if the process ends or time runs out first. */
    String awaitLine(Predicate<String> matches, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            var found = output().stream().filter(matches).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + " before the line awaited\n" + tail());
            }
            sleep(Duration.ofMillis(20));
        }
        throw new AssertionError(name + " printed no such line in " + timeout + "\n" + tail());
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or closed, as when a machine loses power or the OOM killer strikes. */
    void kill() {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(30));
    }

    /** SIGTERM: Spring Boot's shutdown hook stops the web server gracefully and closes the database. */
    int stop(Duration timeout) {
        process.destroy();
        return waitFor(timeout);
    }

    int awaitExit(Duration timeout) {
        return waitFor(timeout);
    }

    private int waitFor(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(name + " did not exit within " + timeout + "\n" + tail());
            }
            System.out.printf("[%s] pid %d exited with %d after %.1f s%n", name, process.pid(), process.exitValue(),
                    (System.nanoTime() - startedAt) / 1e9);
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    List<String> output() {
        try {
            // Leniently: the process may be halfway through writing a character.
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String tail() {
        List<String> lines = output();
        return "--- last lines of " + log + " ---\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    Path log() {
        return log;
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Never leaves a child behind, whatever the test did. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            waitFor(Duration.ofSeconds(30));
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
