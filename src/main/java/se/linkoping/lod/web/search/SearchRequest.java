package se.linkoping.lod.web.search;

import java.util.List;
import java.util.Set;

import se.linkoping.lod.store.SearchTerms;

/**
 * What a search asks, read from the request and checked: its text and words, the kind of thing and
 * the language of the matched text it is limited to, and the page.
 *
 * @param text     the search as typed, trimmed
 * @param words    its words as the index reads them
 * @param kind     the kind of thing asked for, or null for any
 * @param language the language of the matched text asked for ({@code sv} or {@code en}), or null for any
 * @param page     the page asked for, from 1
 */
record SearchRequest(String text, List<SearchTerms.Word> words, String kind, String language, int page) {

    /** The longest search, in characters. */
    static final int MAX_LENGTH = 200;
    /** The most words a search may have. */
    static final int MAX_WORDS = 12;
    /** The highest page number. */
    static final int MAX_PAGE = 50;
    /** The languages the matched text can be limited to. */
    static final List<String> LANGUAGES = List.of("sv", "en");

    /** A search that cannot be read: the key of its message for people, and the value it is about. */
    static final class Invalid extends RuntimeException {
        private final String messageKey;
        private final String value;

        Invalid(String messageKey, String value) {
            super(messageKey + ": " + value);
            this.messageKey = messageKey;
            this.value = value;
        }

        String messageKey() {
            return messageKey;
        }

        String value() {
            return value;
        }
    }

    /** True when nothing was asked: the page shows the search box alone. */
    boolean empty() {
        return text.isEmpty();
    }

    /**
     * Reads a search from the request's parameters.
     *
     * @param q        the search ({@code q}); null or blank asks nothing
     * @param kind     the kind of thing ({@code type}); null or blank for any
     * @param language the language ({@code language}); null or blank for any
     * @param page     the page ({@code page}); null for the first
     * @param kinds    the kinds of thing there are
     * @throws Invalid when a value cannot be used
     */
    static SearchRequest read(String q, String kind, String language, String page, Set<String> kinds) {
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_LENGTH) {
            throw new Invalid("search.error.long", String.valueOf(MAX_LENGTH));
        }
        List<SearchTerms.Word> words = SearchTerms.of(text);
        if (!text.isEmpty() && words.isEmpty()) {
            throw new Invalid("search.error.noWords", text);
        }
        if (words.size() > MAX_WORDS) {
            throw new Invalid("search.error.manyWords", String.valueOf(MAX_WORDS));
        }
        String chosenKind = blank(kind) ? null : kind;
        if (chosenKind != null && !kinds.contains(chosenKind)) {
            throw new Invalid("search.error.kind", chosenKind);
        }
        String chosenLanguage = blank(language) ? null : language;
        if (chosenLanguage != null && !LANGUAGES.contains(chosenLanguage)) {
            throw new Invalid("search.error.language", chosenLanguage);
        }
        return new SearchRequest(text, words, chosenKind, chosenLanguage, pageNumber(page));
    }

    private static int pageNumber(String page) {
        if (blank(page)) {
            return 1;
        }
        try {
            int number = Integer.parseInt(page.strip());
            if (number >= 1 && number <= MAX_PAGE) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, as a number out of range is
        }
        throw new Invalid("search.error.page", page);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
