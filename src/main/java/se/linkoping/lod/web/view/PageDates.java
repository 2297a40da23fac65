package se.linkoping.lod.web.view;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** How the pages show dates and times to people: in Swedish time, in the page's language. */
public final class PageDates {

    /** The time zone the dates on the pages are shown in. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private PageDates() {
    }

    /** The date of an instant, long form, e.g. {@code 3 december 2026}. */
    public static String date(Instant instant, PageLanguage lang) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(lang.locale())
                .format(instant.atZone(ZONE).toLocalDate());
    }

    /** A date, long form, e.g. {@code 27 februari 2023}. */
    public static String date(LocalDate date, PageLanguage lang) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(lang.locale()).format(date);
    }

    /** The date of an instant, ISO 8601, for {@code <time datetime>}. */
    public static String isoDate(Instant instant) {
        return instant.atZone(ZONE).toLocalDate().toString();
    }

    /** The date (long) and time (short) of an instant. */
    public static String dateTime(Instant instant, PageLanguage lang) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(lang.locale())
                .format(instant.atZone(ZONE));
    }
}
