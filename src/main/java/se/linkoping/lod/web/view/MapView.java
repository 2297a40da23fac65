package se.linkoping.lod.web.view;

import java.util.List;

/**
 * The places of the map: the towns with their points, and the partner countries, which have none of
 * their own (the map draws them from its world outline, by their English name).
 *
 * @param towns     every town with a point, the publisher's own first, then the twin towns
 * @param countries the countries the projects name
 */
public record MapView(List<Place> towns, List<Place> countries) {

    public MapView {
        towns = List.copyOf(towns);
        countries = List.copyOf(countries);
    }

    /** What a place is to the publisher, the key of its legend entry ({@code map.kind.{key}}). */
    public enum Kind {
        /** The publisher's own town. */
        HOME,
        /** A twin town. */
        TWIN,
        /** A town or country a project names. */
        PARTNER,
        /** Any other town of the data. */
        OTHER;

        /** Its name in the GeoJSON and the legend's message keys. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One place.
     *
     * @param iri       its IRI
     * @param href      the link to its page
     * @param label     its name in the page's language
     * @param labelSv   its Swedish name, or null
     * @param labelEn   its English name, or null
     * @param kind      what it is to the publisher
     * @param partner   true when a project names it (a twin town may be a partner too)
     * @param country   its country's name in the page's language, or null
     * @param longitude degrees east, WGS 84 (NaN for a country)
     * @param latitude  degrees north, WGS 84 (NaN for a country)
     */
    public record Place(String iri, String href, Text label, String labelSv, String labelEn, Kind kind,
                        boolean partner, Text country, double longitude, double latitude) {

        /** The coordinates for people, five decimals, as GeoNames gives them. */
        public String coordinates() {
            return String.format(java.util.Locale.ROOT, "%.5f, %.5f", latitude, longitude);
        }
    }
}
