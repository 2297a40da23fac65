package se.linkoping.lod.admin;

/**
 * Text from a request, shortened before it is put into an answer or a log line: a refusal names what
 * was wrong without sending the client's body back or filling the log with it.
 */
final class Excerpt {

    /** The most characters of one message in an answer or a log line. */
    static final int MAX_LENGTH = 300;

    private Excerpt() {
    }

    /** The text, cut to {@link #MAX_LENGTH} characters with a note of how much was left out. */
    static String of(String text) {
        if (text == null || text.length() <= MAX_LENGTH) {
            return text;
        }
        return text.substring(0, MAX_LENGTH) + String.format("… (%,d more characters)", text.length() - MAX_LENGTH);
    }
}
