package se.linkoping.lod.load;

/**
 * One thing wrong with the input: a syntax error at a place in a file, or a shape violation on a
 * resource's property. {@link #toString()} is the line printed to the user.
 */
public sealed interface Problem {

    /** A syntax error: {@code file:line:column: message}. Line and column are -1 when unknown. */
    record Syntax(String file, long line, long column, String message) implements Problem {
        @Override
        public String toString() {
            StringBuilder s = new StringBuilder(file);
            if (line >= 0) {
                s.append(':').append(line);
                if (column >= 0) {
                    s.append(':').append(column);
                }
            }
            return s.append(": ").append(message).toString();
        }
    }

    /** A shape violation: {@code resource — property: message}. */
    record Violation(String resource, String property, String message) implements Problem {
        @Override
        public String toString() {
            return resource + " \u2014 " + property + ": " + message;
        }
    }
}
