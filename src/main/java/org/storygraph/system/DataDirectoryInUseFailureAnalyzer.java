package org.storygraph.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a locked store into two readable lines instead of a stack trace. */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Stop the other Storygraph using " + cause.dataDir() + ", or start this one with another directory"
                        + " (--storygraph.data-dir=PATH) or against a Neo4j server (--spring.neo4j.uri=bolt://HOST:7687).",
                cause);
    }
}
