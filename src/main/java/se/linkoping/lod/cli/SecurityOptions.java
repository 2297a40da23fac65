package se.linkoping.lod.cli;

import java.nio.file.Path;
import java.time.Duration;

import picocli.CommandLine.Option;
import se.linkoping.lod.sparql.QueryLimits;

/** The SPARQL endpoint's limits and the staff's write access. Each has an environment variable. */
final class SecurityOptions {

    @Option(names = "--max-result-rows", defaultValue = "${env:LOD_MAX_RESULT_ROWS:-10000}",
            description = "Most rows a SPARQL query returns; a larger or missing LIMIT is lowered to it "
                    + "(env LOD_MAX_RESULT_ROWS; default ${DEFAULT-VALUE}).")
    long maxResultRows;

    @Option(names = "--max-query-size", defaultValue = "${env:LOD_MAX_QUERY_SIZE:-65536}",
            description = "Longest SPARQL query in bytes; longer ones are answered 413 "
                    + "(env LOD_MAX_QUERY_SIZE; default ${DEFAULT-VALUE}).")
    int maxQueryBytes;

    @Option(names = "--max-concurrent-queries", defaultValue = "${env:LOD_MAX_CONCURRENT_QUERIES:-4}",
            description = "SPARQL requests one client address may have running at once; more are answered 429 "
                    + "with Retry-After (env LOD_MAX_CONCURRENT_QUERIES; default ${DEFAULT-VALUE}).")
    int maxConcurrentPerClient;

    @Option(names = "--admin-password-file", defaultValue = "${env:LOD_ADMIN_PASSWORD_FILE}",
            description = "File of the staff who may write, one 'name:sha256:<hex of SHA-256 of the password>' "
                    + "a line (env LOD_ADMIN_PASSWORD_FILE). Without it, nothing can be written through the server.")
    Path adminPasswordFile;

    @Option(names = "--change-log", defaultValue = "${env:LOD_CHANGE_LOG}",
            description = "Folder where every staff write is recorded as an RDF Patch "
                    + "(env LOD_CHANGE_LOG; default: changes in the store folder).")
    Path changeLog;

    /** The endpoint's limits with this timeout. */
    QueryLimits queryLimits(Duration timeout) {
        return new QueryLimits(timeout, maxResultRows, maxQueryBytes, maxConcurrentPerClient);
    }

    /** True when staff writes are switched on. */
    boolean adminEnabled() {
        return adminPasswordFile != null;
    }
}
