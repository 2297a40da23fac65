package se.linkoping.lod.web.view;

import java.text.NumberFormat;

/** How the pages show the sizes of files to people: in the page's language, in bytes, kB or MB. */
public final class Sizes {

    private static final long KILO = 1000;

    private Sizes() {
    }

    /**
     * A size for people: {@code 812 byte}, {@code 12,3 kB}, {@code 4,5 MB} in Swedish ({@code 812 bytes},
     * {@code 12.3 kB}, {@code 4.5 MB} in English), one decimal above a kilobyte.
     */
    public static String of(long bytes, PageLanguage lang) {
        NumberFormat number = NumberFormat.getNumberInstance(lang.locale());
        number.setMaximumFractionDigits(1);
        if (bytes < KILO) {
            return number.format(bytes) + (lang == PageLanguage.SV ? " byte" : bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < KILO * KILO) {
            return number.format(bytes / (double) KILO) + " kB";
        }
        return number.format(bytes / (double) (KILO * KILO)) + " MB";
    }
}
