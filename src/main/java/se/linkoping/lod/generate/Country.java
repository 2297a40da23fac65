package se.linkoping.lod.generate;

import java.util.List;

/**
 * A country the generated towns lie in, with its code in the EU authority table.
 *
 * @param slug the last segment of its IRI ({@code id/country/{slug}})
 * @param sv   its Swedish name
 * @param en   its English name
 * @param iso3 its ISO 3166-1 alpha-3 code, as in the EU table
 */
record Country(String slug, String sv, String en, String iso3) {

    /** The countries generated towns are placed in. */
    static final List<Country> ALL = List.of(
            new Country("sweden", "Sverige", "Sweden", "SWE"),
            new Country("finland", "Finland", "Finland", "FIN"),
            new Country("norway", "Norge", "Norway", "NOR"),
            new Country("denmark", "Danmark", "Denmark", "DNK"),
            new Country("iceland", "Island", "Iceland", "ISL"),
            new Country("estonia", "Estland", "Estonia", "EST"),
            new Country("latvia", "Lettland", "Latvia", "LVA"),
            new Country("lithuania", "Litauen", "Lithuania", "LTU"),
            new Country("poland", "Polen", "Poland", "POL"),
            new Country("germany", "Tyskland", "Germany", "DEU"),
            new Country("netherlands", "Nederländerna", "Netherlands", "NLD"),
            new Country("belgium", "Belgien", "Belgium", "BEL"),
            new Country("france", "Frankrike", "France", "FRA"),
            new Country("spain", "Spanien", "Spain", "ESP"),
            new Country("portugal", "Portugal", "Portugal", "PRT"),
            new Country("italy", "Italien", "Italy", "ITA"),
            new Country("austria", "Österrike", "Austria", "AUT"),
            new Country("czechia", "Tjeckien", "Czechia", "CZE"),
            new Country("slovenia", "Slovenien", "Slovenia", "SVN"),
            new Country("croatia", "Kroatien", "Croatia", "HRV"),
            new Country("greece", "Grekland", "Greece", "GRC"),
            new Country("ireland", "Irland", "Ireland", "IRL"),
            new Country("united-kingdom", "Storbritannien", "United Kingdom", "GBR"),
            new Country("ukraine", "Ukraina", "Ukraine", "UKR"),
            new Country("united-states", "USA", "United States", "USA"),
            new Country("china", "Kina", "China", "CHN"),
            new Country("japan", "Japan", "Japan", "JPN"),
            new Country("kenya", "Kenya", "Kenya", "KEN"));
}
