package se.linkoping.lod.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import picocli.CommandLine.Option;
import se.linkoping.lod.admin.AdminLimits;
import se.linkoping.lod.admin.ChangeLog;
import se.linkoping.lod.store.StoreDirectory;
import se.linkoping.lod.sparql.QueryLimits;
import se.linkoping.lod.staff.StaffSettings;

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

    @Option(names = "--max-value-length", defaultValue = "${env:LOD_MAX_VALUE_LENGTH:-1000000}",
            description = "Most characters one value built by a SPARQL query may have (CONCAT, REPLACE, ...); beyond, "
                    + "the query is stopped and answered 422 (env LOD_MAX_VALUE_LENGTH; default ${DEFAULT-VALUE}).")
    long maxValueLength;

    @Option(names = "--max-built-length", defaultValue = "${env:LOD_MAX_BUILT_LENGTH:-100000000}",
            description = "Most characters of values one SPARQL query may build in all; beyond, the query is stopped "
                    + "and answered 422 (env LOD_MAX_BUILT_LENGTH; default ${DEFAULT-VALUE}).")
    long maxBuiltLength;

    @Option(names = "--allowed-functions", split = ",", defaultValue = "${env:LOD_ALLOWED_FUNCTIONS:-}",
            description = "IRIs of functions of Jena's library SPARQL queries may call beyond the standard ones, "
                    + "comma-separated, e.g. http://www.w3.org/2005/xpath-functions#matches "
                    + "(env LOD_ALLOWED_FUNCTIONS; default none). java: functions are never available.")
    List<String> allowedFunctions;

    @Option(names = "--admin-password-file", defaultValue = "${env:LOD_ADMIN_PASSWORD_FILE}",
            description = "File of the staff who may write, one 'name:sha256:<hex of SHA-256 of the password>' "
                    + "a line (env LOD_ADMIN_PASSWORD_FILE). Without it, nothing can be written through the server.")
    Path adminPasswordFile;

    @Option(names = "--max-write-size", defaultValue = "${env:LOD_MAX_WRITE_SIZE:-16777216}",
            description = "Largest body of a staff update or Graph Store write, in bytes; larger: 413 "
                    + "(env LOD_MAX_WRITE_SIZE; default ${DEFAULT-VALUE}, 16 MiB).")
    long maxWriteBytes;

    @Option(names = "--max-upload-size", defaultValue = "${env:LOD_MAX_UPLOAD_SIZE:-67108864}",
            description = "Largest data file a staff upload may send, in bytes; larger: 413 "
                    + "(env LOD_MAX_UPLOAD_SIZE; default ${DEFAULT-VALUE}, 64 MiB).")
    long maxUploadBytes;

    @Option(names = "--write-wait", defaultValue = "${env:LOD_WRITE_WAIT:-30}",
            description = "Seconds a staff write waits for the one before it to finish; longer: 503 with Retry-After "
                    + "(env LOD_WRITE_WAIT; default ${DEFAULT-VALUE}).")
    long writeWaitSeconds;

    @Option(names = "--change-log", defaultValue = "${env:LOD_CHANGE_LOG}",
            description = "Folder where every change of the data (staff writes and loads of the files) is recorded "
                    + "as an RDF Patch (env LOD_CHANGE_LOG; default: changes in the store folder).")
    Path changeLog;

    @Option(names = "--staff-idle-timeout", defaultValue = "${env:LOD_STAFF_IDLE_TIMEOUT:-30}",
            description = "Minutes a staff session in the editor may go unused before it ends "
                    + "(env LOD_STAFF_IDLE_TIMEOUT; default ${DEFAULT-VALUE}).")
    long staffIdleMinutes;

    @Option(names = "--trusted-proxy", split = ",", defaultValue = "${env:LOD_TRUSTED_PROXIES:-}",
            description = "Addresses of reverse proxies whose X-Forwarded-Proto: https is believed, so that the "
                    + "editor's session cookie is marked Secure behind them, comma-separated "
                    + "(env LOD_TRUSTED_PROXIES; default none).")
    List<String> trustedProxies;

    /** How the editor's sessions behave. */
    StaffSettings staffSettings() {
        Set<String> proxies = trustedProxies == null ? Set.of()
                : trustedProxies.stream().map(String::strip).filter(a -> !a.isEmpty()).collect(Collectors.toSet());
        return new StaffSettings(Duration.ofMinutes(staffIdleMinutes), proxies);
    }

    /** The change log: the folder given, else {@code changes} in the store folder. */
    ChangeLog changeLog(StoreDirectory directory) {
        return ChangeLog.of(changeLog, directory);
    }

    /** The endpoint's limits with this timeout. */
    QueryLimits queryLimits(Duration timeout) {
        Set<String> functions = allowedFunctions == null ? Set.of()
                : allowedFunctions.stream().map(String::strip).filter(iri -> !iri.isEmpty()).collect(Collectors.toSet());
        return new QueryLimits(timeout, maxResultRows, maxQueryBytes, maxConcurrentPerClient, maxValueLength,
                maxBuiltLength, functions);
    }

    /** True when staff writes are switched on. */
    boolean adminEnabled() {
        return adminPasswordFile != null;
    }

    /** The largest bodies of staff writes and how long a write waits for the one before it. */
    AdminLimits adminLimits() {
        return new AdminLimits(maxWriteBytes, maxUploadBytes, Duration.ofSeconds(writeWaitSeconds));
    }
}
