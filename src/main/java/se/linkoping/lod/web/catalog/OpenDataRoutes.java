package se.linkoping.lod.web.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.json.Json;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;

import se.linkoping.lod.catalog.CatalogIris;
import se.linkoping.lod.catalog.CatalogSettings;
import se.linkoping.lod.catalog.DatasetFacts;
import se.linkoping.lod.catalog.DumpDistribution;
import se.linkoping.lod.catalog.DumpFormat;
import se.linkoping.lod.catalog.DumpSet;
import se.linkoping.lod.catalog.Dumps;
import se.linkoping.lod.catalog.PublishedDataset;
import se.linkoping.lod.model.Iris;
import se.linkoping.lod.store.DataVersion;
import se.linkoping.lod.web.PageFrame;
import se.linkoping.lod.web.Pages;
import se.linkoping.lod.web.RouteGroup;
import se.linkoping.lod.web.Site;
import se.linkoping.lod.web.Templates;
import se.linkoping.lod.web.Variant;
import se.linkoping.lod.web.http.Conditional;
import se.linkoping.lod.web.http.Http;
import se.linkoping.lod.web.view.DatasetCoverage;
import se.linkoping.lod.web.view.Labels;
import se.linkoping.lod.web.view.Links;
import se.linkoping.lod.web.view.PageDates;
import se.linkoping.lod.web.view.PageLanguage;
import se.linkoping.lod.web.view.Sizes;
import se.linkoping.lod.web.view.Text;
import spark.Request;
import spark.Response;

/**
 * The open-data page, {@code /open-data}, for portal operators and researchers: the SPARQL endpoint,
 * the catalogue and VoID, every dump with its size, the licence, how to cite the data, and examples in
 * curl, Python and R that run as shown ({@code open-data/*} on the class path, with the site's own
 * addresses filled in). It is also what a browser gets for the catalogue ({@link CatalogRoutes}).
 */
public final class OpenDataRoutes implements RouteGroup {

    private static final String TEMPLATE = "open-data";
    /** The example programs, by name: the file on the class path under {@code open-data/}. */
    private static final Map<String, String> EXAMPLES = Map.of("curl", "curl.sh", "sparqlwrapper", "sparqlwrapper.py",
            "rdflib", "rdflib.py", "httr", "httr.R");

    private final CatalogSettings settings;
    private final Dumps dumps;
    private final Map<String, String> examples;
    private Site site;

    /**
     * @param settings the publisher and licence of the data
     * @param dumps    the dumps the page lists, with the catalogue's description of the datasets
     */
    public OpenDataRoutes(CatalogSettings settings, Dumps dumps) {
        this.settings = settings;
        this.dumps = dumps;
        this.examples = new HashMap<>();
        EXAMPLES.forEach((name, file) -> examples.put(name, read(file)));
    }

    /** The page's path, relative to the base. */
    public static String path(Site site) {
        return site.pages().named(Pages.OPEN_DATA).orElseThrow().path();
    }

    @Override
    public void register(Site site) {
        this.site = site;
        site.homeMarkup(this::datasetMarkup);
        Http.getAndHead(site.basePath() + path(site), this::page);
        for (CitationFormat format : CitationFormat.values()) {
            Http.getAndHead(site.basePath() + format.path, Http.text((request, response) -> cite(format, request,
                    response)));
        }
    }

    /** How the data can be cited, each a download at its path under the base. */
    enum CitationFormat {
        BIBTEX("cite.bib", "application/x-bibtex"),
        RIS("cite.ris", "application/x-research-info-systems"),
        CSL_JSON("cite.json", "application/vnd.citationstyles.csl+json");

        final String path;
        final String mediaType;

        CitationFormat(String path, String mediaType) {
            this.path = path;
            this.mediaType = mediaType;
        }
    }

    /** The data's citation in one format, for the version served now. */
    private Object cite(CitationFormat format, Request request, Response response) {
        DataVersion version = site.store().version();
        if (Conditional.notModified(request, response, version, "cite-" + format.name().toLowerCase(Locale.ROOT))) {
            return "";
        }
        PageLanguage lang = PageLanguage.choose(request.queryParams("lang"), request.headers("Accept-Language"));
        Map<String, Object> fields = citationFields(lang, version);
        String body = switch (format) {
            case BIBTEX -> site.templates().render("cite/bibtex", fields, lang);
            case RIS -> site.templates().render("cite/ris", fields, lang);
            case CSL_JSON -> cslJson(fields, version);
        };
        response.type(format.mediaType + "; charset=utf-8");
        response.header("Content-Disposition", "attachment; filename=\"" + format.path + "\"");
        response.header("Vary", "Accept-Language");
        return Http.isHead(request) ? "" : body;
    }

    /** What a citation names: publisher, title, year, date, version and address of the data. */
    private Map<String, Object> citationFields(PageLanguage lang, DataVersion version) {
        Model description = dumps.description().model(DatasetFacts.none(site.iris()));
        Text title = text(description.getResource(site.iris().dataset()), DCTerms.title, lang);
        Map<String, Object> fields = new HashMap<>();
        fields.put("key", "lod" + version.modified().atZone(PageDates.ZONE).getYear()
                + version.digest().substring(0, Math.min(8, version.digest().length())));
        fields.put("publisher", settings.publisherName());
        fields.put("title", title == null ? "" : title.value());
        fields.put("year", String.valueOf(version.modified().atZone(PageDates.ZONE).getYear()));
        fields.put("date", PageDates.isoDate(version.modified()));
        fields.put("version", version.digest());
        fields.put("url", site.iris().dataset());
        return fields;
    }

    /** The citation as CSL-JSON, the format of citation processors (Zotero, citeproc). */
    private static String cslJson(Map<String, Object> fields, DataVersion version) {
        ZonedDateTime date = version.modified().atZone(PageDates.ZONE);
        return Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("id", (String) fields.get("key"))
                .add("type", "dataset")
                .add("title", (String) fields.get("title"))
                .add("author", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("literal", (String) fields.get("publisher"))))
                .add("publisher", (String) fields.get("publisher"))
                .add("issued", Json.createObjectBuilder().add("date-parts", Json.createArrayBuilder()
                        .add(Json.createArrayBuilder().add(date.getYear()).add(date.getMonthValue())
                                .add(date.getDayOfMonth()))))
                .add("version", (String) fields.get("version"))
                .add("URL", (String) fields.get("url")))
                .build().toString() + "\n";
    }

    /** A dataset as the page lists it: its title and description, and its dumps. */
    public record DatasetView(Text title, Text description, List<DumpView> dumps) {
    }

    /** One dump: its format, address and size for people (null while it is being written). */
    public record DumpView(String format, String href, String fileName, String size) {
    }

    private Object page(Request request, Response response) {
        PageLanguage lang = PageLanguage.choose(request.queryParams("lang"), request.headers("Accept-Language"));
        response.header("Vary", "Accept-Language");
        DataVersion version = site.store().version();
        Optional<DumpSet> written = dumps.ready(site.store(), version);
        String variant = "open-data-" + lang.tag() + (written.isPresent() ? "" : "-dumps-pending");
        if (Conditional.notModified(request, response, version, variant)) {
            return "";
        }
        response.type(Variant.HTML.contentType());
        Iris iris = site.iris();
        String path = path(site);
        PageFrame frame = PageFrame.of(lang, Templates.message("opendata.title", lang), site.basePath(), "",
                site.basePath() + path + "?lang=" + lang.other().tag(), List.of(), null, version);
        Map<String, Object> model = site.pageModel(frame, lang);
        String endpoint = iris.resolve(Iris.SPARQL_PATH);
        String dump = CatalogIris.dump(iris, DumpFormat.TURTLE.fileName(dumps.description().datasets().get(0).dumpStem()));
        model.put("endpoint", endpoint);
        model.put("queryPage", new Links(iris, lang).page(Pages.QUERY_PATH));
        model.put("catalogue", iris.resolve(CatalogIris.CATALOG));
        model.put("voidDescription", iris.resolve(CatalogIris.VOID));
        model.put("sitemap", iris.resolve(CatalogIris.SITEMAP));
        model.put("license", settings.dataLicense());
        model.put("datasets", datasets(dumps.distributions(written), lang));
        model.put("citation", citation(lang, version));
        model.put("citeBibtex", site.basePath() + CitationFormat.BIBTEX.path);
        model.put("citeRis", site.basePath() + CitationFormat.RIS.path);
        model.put("citeCsl", site.basePath() + CitationFormat.CSL_JSON.path);
        examples.forEach((name, text) -> model.put("example_" + name,
                text.replace("${endpoint}", endpoint).replace("${dump}", dump)));
        return site.templates().render(TEMPLATE, model, lang);
    }

    private List<DatasetView> datasets(List<DumpDistribution> distributions, PageLanguage lang) {
        Model description = dumps.description().model(DatasetFacts.none(site.iris()));
        List<DatasetView> views = new ArrayList<>();
        for (PublishedDataset dataset : dumps.description().datasets()) {
            Resource resource = description.getResource(dataset.iri());
            List<DumpView> files = distributions.stream().filter(d -> d.dataset().equals(dataset))
                    .map(d -> new DumpView(d.format().label() + (d.format().gzipped() ? " (gzip)" : ""),
                            CatalogIris.dump(site.iris(), d.fileName()), d.fileName(),
                            d.bytes().isPresent() ? Sizes.of(d.bytes().getAsLong(), lang) : null))
                    .toList();
            views.add(new DatasetView(text(resource, DCTerms.title, lang), text(resource, DCTerms.description, lang),
                    files));
        }
        return views;
    }

    /** The schema.org {@code Dataset} of the whole data, for the home page's head. */
    private String datasetMarkup(PageLanguage lang, DataVersion version, DatasetCoverage coverage) {
        Model description = dumps.description().model(DatasetFacts.none(site.iris()));
        Resource dataset = description.getResource(site.iris().dataset());
        PublishedDataset whole = dumps.description().whole();
        List<DatasetMarkup.Download> downloads = dumps.distributions(Optional.empty()).stream()
                .filter(distribution -> distribution.dataset().equals(whole))
                .map(distribution -> new DatasetMarkup.Download(CatalogIris.dump(site.iris(), distribution.fileName()),
                        distribution.format().mediaTypeIri().replaceFirst("^.*/media-types/", "")))
                .toList();
        return DatasetMarkup.of(site.iris().dataset(), site.iris().base(), text(dataset, DCTerms.title, lang),
                text(dataset, DCTerms.description, lang), settings, version, coverage, downloads,
                citation(lang, version));
    }

    private String citation(PageLanguage lang, DataVersion version) {
        Model description = dumps.description().model(DatasetFacts.none(site.iris()));
        Text title = text(description.getResource(site.iris().dataset()), DCTerms.title, lang);
        return Templates.message("opendata.cite.text", lang, settings.publisherName(),
                String.valueOf(version.modified().atZone(PageDates.ZONE).getYear()),
                title == null ? "" : title.value(), PageDates.isoDate(version.modified()), site.iris().dataset());
    }

    private static Text text(Resource resource, Property property, PageLanguage lang) {
        List<Literal> literals = resource.listProperties(property).toList().stream()
                .map(statement -> statement.getObject()).filter(RDFNode::isLiteral).map(RDFNode::asLiteral).toList();
        return Labels.best(literals, lang).orElse(null);
    }

    private static String read(String file) {
        try (InputStream in = OpenDataRoutes.class.getClassLoader().getResourceAsStream("open-data/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing class-path resource open-data/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read open-data/" + file, e);
        }
    }
}
