package se.linkoping.lod.cli;

/** Exit codes of the commands. */
final class ExitCodes {
    static final int OK = 0;
    /** The input was checked and has problems (syntax or shapes). */
    static final int INVALID = 1;
    /** The command could not do its work (a missing file, a locked store, a failure). */
    static final int FAILURE = 2;

    private ExitCodes() {
    }
}
