package se.linkoping.lod.generate;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Made-up but plausible names for generated things (towns, partners, people, projects), and slugs
 * for their IRIs. Every name comes from the seeded random source, so a seed always gives the same data.
 */
final class Names {

    private static final List<String> STARTS = List.of("Ny", "Sol", "Berg", "Ljung", "Öster", "Väster", "Hag",
            "Ek", "Sjö", "Norr", "Söder", "Lin", "Vall", "Ström", "Ås", "Mal", "Kung", "Hög", "Lund", "Fal",
            "Björk", "Gran", "Al", "Mö", "Val", "Torn", "Hjo", "Sala", "Kal", "Ros");
    private static final List<String> ENDS = List.of("köping", "by", "stad", "holm", "berga", "vik", "hult",
            "sund", "tuna", "fors", "å", "ryd", "torp", "näs", "hamn", "dal", "ås", "mark");
    private static final List<String> FOREIGN_STARTS = List.of("San", "Kau", "Jo", "Pa", "Tou", "Bre", "Mar",
            "Vil", "Rot", "Por", "Lei", "Gra", "Tar", "Bo", "Fer", "Sev", "Ode", "Kra", "Lju", "Ber");
    private static final List<String> FOREIGN_ENDS = List.of("nas", "ensuu", "lo", "rs", "burg", "ona", "nius",
            "dam", "to", "den", "nova", "gna", "ille", "ina", "sa", "ava", "ec", "ach", "ia", "ero");
    private static final List<String> GIVEN = List.of("Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Sara",
            "Nils", "Eva", "Olof", "Lena", "Per", "Ingrid", "Mats", "Sofia", "Ali", "Fatima", "Jonas", "Elin", "Omar");
    private static final List<String> FAMILY = List.of("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson",
            "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Lind", "Berg", "Asp", "Holm", "Ek", "Nordin");
    private static final List<String[]> PROJECT_WORDS = List.of(
            new String[] {"Kulturarv i rörelse", "Heritage on the move"},
            new String[] {"Unga röster", "Young voices"},
            new String[] {"Bibliotek för alla", "Libraries for all"},
            new String[] {"Konst i det offentliga rummet", "Art in public space"},
            new String[] {"Grön utmaning", "Green challenge"},
            new String[] {"Musik utan gränser", "Music without borders"},
            new String[] {"Fristad", "Safe haven"},
            new String[] {"Idrott och inkludering", "Sport and inclusion"},
            new String[] {"Dans över gränser", "Dance across borders"},
            new String[] {"Digitalt kulturarv", "Digital heritage"},
            new String[] {"Läslust", "Joy of reading"},
            new String[] {"Ungdomsutbyte", "Youth exchange"});

    private final SplittableRandom random;

    Names(SplittableRandom random) {
        this.random = random;
    }

    /** A Swedish-looking town name. */
    String swedishTown() {
        return pick(STARTS) + pick(ENDS);
    }

    /** A town name from elsewhere in Europe (or beyond). */
    String foreignTown() {
        return pick(FOREIGN_STARTS) + pick(FOREIGN_ENDS);
    }

    /** A person's given and family names. */
    String[] person() {
        return new String[] {pick(GIVEN), pick(FAMILY)};
    }

    /** A project's theme in Swedish and English. */
    String[] projectTheme() {
        return PROJECT_WORDS.get(random.nextInt(PROJECT_WORDS.size()));
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A slug for an IRI: lower case ASCII letters, digits and dashes ({@code "Ås 3"} gives {@code "as-3"}). */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("ø", "o").replace("Ø", "o");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
