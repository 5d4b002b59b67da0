package org.storygraph.system;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.io.locker.FileLockException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process Neo4j server whose only door is a Bolt connector on loopback, so the app reaches it
 * through the Driver exactly as it would reach an external server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private static final String LOCK_FILE = "storygraph.lock";

    private final Path home;
    private final FileLock lock;
    private final DatabaseManagementService dbms;
    private final URI boltUri;

    private EmbeddedNeo4j(Path home, FileLock lock, DatabaseManagementService dbms, URI boltUri) {
        this.home = home;
        this.lock = lock;
        this.dbms = dbms;
        this.boltUri = boltUri;
    }

    /** Starts the server on {@code dataDir}; a port of 0 binds a free one. */
    public static EmbeddedNeo4j start(Path dataDir, int boltPort) {
        Path home = dataDir.toAbsolutePath().normalize();
        Path importDir = home.resolve("import");
        long started = System.nanoTime();
        FileLock lock = lockDataDirectory(home);
        DatabaseManagementService dbms;
        try {
            Files.createDirectories(importDir);
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    // Loopback only and no password, as a developer's local database; see README.
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                    .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
                    .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
                    // Bolt's Netty otherwise idles for its quiet period on every stop: ~10 s per shutdown.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5))
                    .build();
        } catch (Exception e) {
            release(lock);
            if (causedByStoreLock(e)) {
                throw new DataDirectoryInUseException(home, e);
            }
            throw new IllegalStateException("Could not start the embedded Neo4j in " + home + ": " + e.getMessage(), e);
        }
        GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        var address = system.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        URI uri = URI.create("bolt://" + address.getHost() + ":" + address.getPort());
        log.info("Embedded Neo4j started in {} ms at {}, data in {}",
                Duration.ofNanos(System.nanoTime() - started).toMillis(), uri, home);
        return new EmbeddedNeo4j(home, lock, dbms, uri);
    }

    /**
     * Neo4j's own store lock is only found after seconds of start-up; this one answers at once, also
     * within one JVM (where {@link FileChannel#tryLock()} throws instead of returning null).
     */
    private static FileLock lockDataDirectory(Path home) {
        try {
            Files.createDirectories(home);
            FileChannel channel = FileChannel.open(home.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new DataDirectoryInUseException(home, null);
            }
            return lock;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot use " + home + " as the Neo4j data directory: " + e.getMessage()
                    + ". Check that it is writable, or set storygraph.data-dir to another directory.", e);
        }
    }

    private static void release(FileLock lock) {
        try (var channel = lock.channel()) {
            lock.release();
        } catch (IOException e) {
            log.warn("Could not release {}: {}", LOCK_FILE, e.getMessage());
        }
    }

    private static boolean causedByStoreLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FileLockException) {
                return true;
            }
        }
        return false;
    }

    public URI boltUri() {
        return boltUri;
    }

    public Path home() {
        return home;
    }

    /** Shuts the server down cleanly so the next start needs no recovery. */
    @Override
    public void close() {
        long started = System.nanoTime();
        try {
            dbms.shutdown();
            log.info("Embedded Neo4j in {} stopped in {} ms", home, Duration.ofNanos(System.nanoTime() - started).toMillis());
        } finally {
            release(lock);
        }
    }
}
