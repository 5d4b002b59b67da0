package org.storygraph.system;

import java.nio.file.Path;

/** Another process (usually another Storygraph) holds the embedded store's lock. */
public class DataDirectoryInUseException extends RuntimeException {

    private final Path dataDir;

    public DataDirectoryInUseException(Path dataDir, Throwable cause) {
        super("The Neo4j data directory " + dataDir + " is in use by another process.", cause);
        this.dataDir = dataDir;
    }

    public Path dataDir() {
        return dataDir;
    }
}
