package se.linkoping.lod.admin;

import java.util.List;

import se.linkoping.lod.load.Problem;

/**
 * A staff write that was refused and changed nothing: malformed (400), of a kind not offered (415),
 * or invalid against the shapes (422, with every problem).
 */
public final class WriteRefused extends RuntimeException {

    private final int status;
    private final transient List<Problem> problems;

    public WriteRefused(int status, String message, List<Problem> problems) {
        super(message);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    public WriteRefused(int status, String message) {
        this(status, message, List.of());
    }

    /** The HTTP status to answer with. */
    public int status() {
        return status;
    }

    /** The syntax errors or shape violations, one per problem; empty for other refusals. */
    public List<Problem> problems() {
        return problems;
    }
}
