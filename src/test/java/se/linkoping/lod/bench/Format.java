package se.linkoping.lod.bench;

import java.util.Locale;

/** Numbers as the results print them: at most three significant decimals, no exponent. */
final class Format {

    private Format() {
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        double abs = Math.abs(value);
        String pattern = abs >= 100 ? "%.0f" : abs >= 10 ? "%.1f" : abs >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, pattern, value);
    }
}
