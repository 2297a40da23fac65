package se.linkoping.lod.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import se.linkoping.lod.catalog.CatalogIris;
import se.linkoping.lod.model.Iris;
import se.linkoping.lod.web.view.Links;

/**
 * The registry of the site's addresses: one {@link Page} declaration each, in the order the
 * navigation, the sitemap, the start check and the printed URLs list them. Adding a list page is one
 * declaration here ({@link Page#list}), one query ({@code queries/web/list-{name}.rq}) and the shared
 * list template.
 */
public final class Pages {

    /** The path of the query page, relative to the base. */
    public static final String QUERY_PATH = "query";
    /** The path of the shapes document, relative to the base; its shapes are {@code def/shapes#Name}. */
    public static final String SHAPES_PATH = Iris.SHAPES_PATH;
    /** The name of the open-data page, linked from every page's footer. */
    public static final String OPEN_DATA = "opendata";
    /** The name of the map page; its data is at its path with {@code .geojson}. */
    public static final String MAP = "map";
    /** The name of the page of the work in figures. */
    public static final String FIGURES = "figures";
    /** The list page that takes {@code ?year=}: its year archive. */
    public static final String YEAR_ARCHIVE = "projects";
    /** The name of the search page, whose box is in every page's header. */
    public static final String SEARCH = "search";
    /** The path of the health check, relative to the base. */
    public static final String HEALTH_PATH = "health";

    private static final String LKP = Iris.VOCABULARY_ROOT + Iris.ONTOLOGY_PATH + "#";
    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final String SKOS_ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel";
    private static final Page.Thing PROJECT = new Page.Thing("Project", List.of(LKP + "programme", LKP + "involves",
            LKP + "runBy", LKP + "hasActivity", LKP + "activityOf", "http://purl.org/dc/terms/relation",
            "http://purl.org/dc/terms/subject", LKP + "ongoingIn"));

    private final List<Page> pages;

    private Pages(List<Page> pages) {
        this.pages = List.copyOf(pages);
    }

    /** The site as it is published. */
    public static Pages standard() {
        return new Pages(List.of(
                Page.other("home", "").inSection("home").inSitemap().checked("text/html", "home page")
                        .printed("home page"),
                Page.list("projects", Map.of("project", PROJECT, "activity", PROJECT)),
                Page.list("networks", Map.of("network", new Page.Thing("Organization",
                        List.of(SKOS_ALT_LABEL, ORG + "purpose")))),
                Page.list("towns", Map.of("town", new Page.Thing("City",
                        List.of("http://schema.org/containedInPlace", SKOS_ALT_LABEL,
                                "http://www.opengis.net/ont/geosparql#hasGeometry")))),
                Page.list("organizations", Map.of("organization", new Page.Thing("Organization",
                        List.of(ORG + "unitOf", ORG + "hasUnit", ORG + "hasMembership", "http://schema.org/contactPoint",
                                LKP + "twinTown", LKP + "inContactWith")))),
                Page.other(MAP, "map").inSection("towns").inSitemap().checked("text/html", "map")
                        .printed("map"),
                Page.other(FIGURES, "figures").inSection(FIGURES).navigation().inSitemap()
                        .checked("text/html", "figures"),
                Page.other("ontology", Iris.ONTOLOGY_PATH).inSection("ontology").navigation().inSitemap()
                        .checked("text/html", "ontology"),
                Page.other("shapes", SHAPES_PATH).inSection("ontology").inSitemap(),
                Page.other("endpoint", Iris.SPARQL_PATH).withEndpointOnly().printed("SPARQL endpoint")
                        .checked(new Page.Check(
                                Iris.SPARQL_PATH + "?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8),
                                "application/sparql-results+json", "SPARQL query")),
                Page.other("sparql", QUERY_PATH).inSection(QUERY_PATH).navigation().inSitemap().printed("query page"),
                Page.other("dataset", Iris.DOC_PATH + Iris.DATASET_PATH.substring(Iris.ID_PATH.length()))
                        .checked("text/html", "page of the dataset"),
                Page.other(SEARCH, "search").inSection(SEARCH).checked("text/html", "search page")
                        .printed("search page"),
                Page.other(OPEN_DATA, "open-data").inSitemap().checked("text/html", "open-data page")
                        .printed("open-data page"),
                Page.other("catalogue", CatalogIris.CATALOG).checked("text/turtle", "catalogue")
                        .printed("DCAT-AP-SE catalogue"),
                Page.other("void", CatalogIris.VOID).printed("VoID description"),
                Page.other("dumps", CatalogIris.DUMPS + "all.nt.gz").printed("dump of all the data"),
                Page.other("sitemap", CatalogIris.SITEMAP).printed("sitemap"),
                Page.other("health", HEALTH_PATH).printed("health check"),
                Page.other("things", Iris.ID_PATH).things(Map.of(
                        "country", new Page.Thing("Country", List.of()),
                        "person", new Page.Thing("Person", List.of()),
                        "document", new Page.Thing("WebPage", List.of()),
                        "contact", new Page.Thing("ContactPoint", List.of(ORG + "heldBy",
                                "http://www.w3.org/2006/vcard/ns#hasTelephone", ORG + "postIn"))))));
    }

    /** This registry with one more page, declared last. */
    public Pages with(Page page) {
        List<Page> more = new ArrayList<>(pages);
        more.add(page);
        return new Pages(more);
    }

    /** Every declaration, in order. */
    public List<Page> all() {
        return pages;
    }

    /** The list pages, served from the registry alone. */
    public List<Page> lists() {
        return pages.stream().filter(p -> p.kind() == Page.Kind.LIST).toList();
    }

    /** The navigation links by name, the home page first, in the reader's language. */
    public Map<String, String> navigation(Links links) {
        Map<String, String> nav = new LinkedHashMap<>();
        nav.put("home", links.page(""));
        pages.stream().filter(Page::inNavigation).forEach(p -> nav.put(p.name(), links.page(p.path())));
        return nav;
    }

    /** The declaration of this name, if there is one. */
    public Optional<Page> named(String name) {
        return pages.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The pages with a navigation link, in order. */
    public List<Page> navigationEntries() {
        return pages.stream().filter(Page::inNavigation).toList();
    }

    /** The paths of the fixed pages of the sitemap, relative to the base. */
    public List<String> sitemap() {
        return pages.stream().filter(Page::sitemap).map(Page::path).toList();
    }

    /** The requests of the start check, in order; the SPARQL endpoint's only when the server has it. */
    public List<Page.Check> checks(boolean withSparql) {
        return pages.stream().filter(p -> withSparql || !p.endpoint())
                .flatMap(p -> p.check().stream()).toList();
    }

    /** The paths printed at start and what each is; the SPARQL endpoint only when the server has it. */
    public List<Page> printed(boolean withSparql) {
        return pages.stream().filter(p -> p.printed() != null && (withSparql || !p.endpoint())).toList();
    }

    /** The navigation section the page of a kind of thing belongs to, or {@code ""}. */
    public String section(String thingKind) {
        return pages.stream().filter(p -> p.things().containsKey(thingKind)).map(Page::section)
                .findFirst().orElse("");
    }

    /** The schema.org type of a kind of thing, {@code Thing} when none is declared. */
    public String schemaType(String thingKind) {
        return thing(thingKind).map(Page.Thing::schemaType).orElse("Thing");
    }

    /** The key properties of each kind of thing, as IRIs; none for an undeclared kind. */
    public Function<String, List<String>> keyProperties() {
        return thingKind -> thing(thingKind).map(Page.Thing::keyProperties).orElse(List.of());
    }

    private Optional<Page.Thing> thing(String thingKind) {
        return pages.stream().map(p -> p.things().get(thingKind)).filter(Objects::nonNull).findFirst();
    }
}
