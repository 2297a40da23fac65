package se.linkoping.lod.generate;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The things every generated dataset has once: the dataset itself, the association that publishes
 * it and its source page, the sources of outside identifiers, the programmes and themes (SKOS), and
 * the countries.
 */
final class SharedThings {

    /** Programmes: slug, Swedish and English name, and whether it is an EU funding programme. */
    private static final List<String[]> PROGRAMMES = List.of(
            new String[] {"erasmus-plus", "Erasmus+", "Erasmus+", "eu"},
            new String[] {"cerv", "CERV", "CERV", "eu"},
            new String[] {"creative-europe", "Kreativa Europa", "Creative Europe", "eu"},
            new String[] {"interreg", "Interreg", "Interreg", "eu"},
            new String[] {"europe-for-citizens", "Ett Europa för medborgarna", "Europe for Citizens", "eu"},
            new String[] {"horizon-europe", "Horisont Europa", "Horizon Europe", "eu"},
            new String[] {"city-of-refuge", "Fristad", "City of refuge", ""},
            new String[] {"european-capital-of-culture", "Europas kulturhuvudstad", "European Capital of Culture", ""},
            new String[] {"nordic-culture-fund", "Nordisk kulturfond", "Nordic Culture Fund", ""},
            new String[] {"twin-town-exchange", "Vänortsutbyte", "Twin town exchange", ""});

    private static final List<String[]> THEMES = List.of(
            new String[] {"cultural-heritage", "kulturarv", "cultural heritage"},
            new String[] {"participatory-public-art", "deltagarbaserad offentlig konst", "participatory public art"},
            new String[] {"environment", "miljö", "environment"},
            new String[] {"education", "utbildning", "education"},
            new String[] {"culture", "kultur", "culture"},
            new String[] {"social-economy", "social ekonomi", "social economy"},
            new String[] {"entrepreneurship", "entreprenörskap", "entrepreneurship"},
            new String[] {"tourism", "turism", "tourism"},
            new String[] {"libraries", "bibliotek", "libraries"},
            new String[] {"youth", "ungdom", "youth"},
            new String[] {"sport", "idrott", "sport"},
            new String[] {"music", "musik", "music"},
            new String[] {"freedom-of-expression", "yttrandefrihet", "freedom of expression"},
            new String[] {"inclusion", "inkludering", "inclusion"});

    private final TripleSink sink;
    final Node sourcePage;
    final Node publisher;
    final Node wikidata;
    final Node geonames;
    final Node coordinates;
    final Node euCountries;
    final List<Node> programmes = new ArrayList<>();
    final List<String[]> programmeNames = new ArrayList<>();
    final List<Node> themes = new ArrayList<>();
    final List<Node> countries = new ArrayList<>();

    SharedThings(TripleSink sink) {
        this.sink = sink;
        this.sourcePage = sink.local("id/document/generated-international-work");
        this.publisher = sink.local("id/organization/association-of-municipalities");
        this.wikidata = sink.local("id/document/wikidata");
        this.geonames = sink.local("id/document/geonames-world-cities");
        this.coordinates = sink.local("id/document/geonames");
        this.euCountries = sink.local("id/document/eu-country-authority");
    }

    /** Writes the shared things. */
    void write() {
        writeSourceAndPublisher();
        writeDataset();
        writeIdentifierSources();
        writeSchemes();
        writeCountries();
    }

    private void writeSourceAndPublisher() {
        sink.types(sourcePage, sink.lkp("SourcePage"), Terms.FOAF_DOCUMENT, Terms.PROV_ENTITY, Terms.WEB_PAGE);
        sink.texts(sourcePage, Terms.PREF_LABEL, "Kommunernas internationella arbete", "The municipalities' international work");
        sink.texts(sourcePage, Terms.TITLE, "Kommunernas internationella arbete", "The municipalities' international work");
        sink.add(sourcePage, Terms.MODIFIED, TripleSink.date("2025-01-15"));
        sink.add(sourcePage, Terms.PUBLISHER, publisher);

        sink.types(publisher, Terms.FOAF_ORGANIZATION, Terms.FOAF_AGENT);
        sink.texts(publisher, Terms.PREF_LABEL, "Kommunförbundet", "Association of Municipalities");
        sink.add(publisher, Terms.DERIVED_FROM, sourcePage);
    }

    private void writeDataset() {
        Node dataset = sink.local("id/dataset/main");
        sink.types(dataset, Terms.VOID_DATASET, Terms.DCAT_DATASET);
        sink.texts(dataset, Terms.PREF_LABEL, "Kommunernas internationella arbete (genererat)",
                "The municipalities' international work (generated)");
        sink.texts(dataset, Terms.TITLE, "Kommunernas internationella arbete (genererat)",
                "The municipalities' international work (generated)");
        sink.texts(dataset, Terms.DESCRIPTION, "Genererade data för prestandamätning.", "Generated data for benchmarks.");
        sink.add(dataset, Terms.LICENSE, Terms.CC0);
        sink.add(dataset, Terms.PUBLISHER, publisher);
        sink.add(dataset, Terms.DERIVED_FROM, sourcePage);
    }

    private void writeIdentifierSources() {
        document(wikidata, "Wikidata", "Wikidata");
        document(geonames, "world-cities (GeoNames)", "world-cities (GeoNames)");
        document(coordinates, "GeoNames", "GeoNames");
        document(euCountries, "EU:s auktoritetstabell för länder", "EU Countries authority table");
    }

    private void document(Node document, String sv, String en) {
        sink.types(document, Terms.FOAF_DOCUMENT, Terms.PROV_ENTITY);
        sink.texts(document, Terms.PREF_LABEL, sv, en);
    }

    private void writeSchemes() {
        Node programmeScheme = scheme("programmes", "Program och stipendier", "Programmes and grants");
        for (String[] p : PROGRAMMES) {
            Node programme = sink.local("id/programme/" + p[0]);
            sink.types(programme, sink.lkp("Programme"), Terms.CONCEPT);
            if (!p[3].isEmpty()) {
                sink.add(programme, Terms.TYPE, Terms.FUNDING_PROGRAMME);
            }
            sink.texts(programme, Terms.PREF_LABEL, p[1], p[2]);
            sink.add(programme, sink.lkp("labelAsWritten"), NodeFactory.createLiteralLang(p[1], "sv"));
            inScheme(programme, programmeScheme);
            programmes.add(programme);
            programmeNames.add(new String[] {p[1], p[2]});
        }
        Node themeScheme = scheme("themes", "Ämnesområden", "Themes");
        for (String[] t : THEMES) {
            Node theme = sink.local("id/theme/" + t[0]);
            sink.add(theme, Terms.TYPE, Terms.CONCEPT);
            sink.texts(theme, Terms.PREF_LABEL, t[1], t[2]);
            inScheme(theme, themeScheme);
            themes.add(theme);
        }
    }

    private Node scheme(String slug, String sv, String en) {
        Node scheme = sink.local("id/scheme/" + slug);
        sink.add(scheme, Terms.TYPE, Terms.CONCEPT_SCHEME);
        sink.texts(scheme, Terms.PREF_LABEL, sv, en);
        sink.texts(scheme, Terms.DESCRIPTION, sv + " i kommunernas internationella arbete.",
                en + " of the municipalities' international work.");
        sink.add(scheme, Terms.DERIVED_FROM, sourcePage);
        return scheme;
    }

    private void inScheme(Node concept, Node scheme) {
        sink.add(concept, Terms.IN_SCHEME, scheme);
        sink.add(concept, Terms.TOP_CONCEPT_OF, scheme);
        sink.add(scheme, Terms.HAS_TOP_CONCEPT, concept);
        sink.add(concept, Terms.DERIVED_FROM, sourcePage);
    }

    private void writeCountries() {
        for (Country c : Country.ALL) {
            Node country = sink.local("id/country/" + c.slug());
            sink.types(country, Terms.COUNTRY, Terms.PLACE, Terms.GEO_FEATURE, Terms.LOCATION);
            sink.texts(country, Terms.PREF_LABEL, c.sv(), c.en());
            sink.add(country, Terms.SAME_AS,
                    Terms.uri("http://publications.europa.eu/resource/authority/country/" + c.iso3()));
            sink.add(country, Terms.SOURCE, euCountries);
            sink.add(country, Terms.DERIVED_FROM, sourcePage);
            countries.add(country);
        }
    }
}
