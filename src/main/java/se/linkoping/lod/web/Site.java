package se.linkoping.lod.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;

import se.linkoping.lod.history.History;
import se.linkoping.lod.model.Iris;
import se.linkoping.lod.sparql.QueryLimits;
import se.linkoping.lod.store.DataVersion;
import se.linkoping.lod.store.QueryLibrary;
import se.linkoping.lod.store.Store;
import se.linkoping.lod.web.http.ErrorResponder;
import se.linkoping.lod.web.http.PerVersion;
import se.linkoping.lod.web.view.DatasetCoverage;
import se.linkoping.lod.web.view.Links;
import se.linkoping.lod.web.view.PageDates;
import se.linkoping.lod.web.view.PageLanguage;
import se.linkoping.lod.web.view.ResourceViewMapper;

/**
 * What every route group of the site shares, built once: the store, the base, the page registry,
 * the templates, the queries, the JSON-LD context and the writers, the view mapper with its term table,
 * the SPARQL endpoint's limits, and the error answers.
 */
public final class Site {

    private final Store store;
    private final Iris iris;
    private final Pages pages;
    private final QueryLimits limits;
    private final Templates templates = new Templates();
    private final QueryLibrary queries;
    private final JsonLdContext context;
    private final RdfWriting writing;
    private final ResourceViewMapper mapper;
    private final RdfDocumentBuilder documents;
    private final ErrorResponder errors;
    private final PerVersion<DataVersion, Optional<LocalDate>> contentDate = new PerVersion<>();
    private History history;
    private volatile HomeMarkup homeMarkup = (lang, version, coverage) -> null;

    /**
     * @param pages  the addresses of the site
     * @param limits the SPARQL endpoint's limits, stated on the query page
     */
    public Site(Store store, Iris iris, Pages pages, QueryLimits limits) {
        this.store = store;
        this.iris = iris;
        this.pages = pages;
        this.limits = limits;
        this.queries = new QueryLibrary("web", iris);
        this.context = new JsonLdContext(iris);
        this.writing = new RdfWriting(context);
        Model terms = RDFParser.source("templates/i18n/terms.ttl").toModel();
        this.mapper = new ResourceViewMapper(iris, PrefixMapping.Factory.create().setNsPrefixes(context.prefixes()),
                terms, pages.keyProperties());
        this.documents = new RdfDocumentBuilder(iris);
        this.errors = new ErrorResponder(new ErrorPages(this));
    }

    /** The standard pages and the default limits. */
    public Site(Store store, Iris iris) {
        this(store, iris, Pages.standard(), QueryLimits.DEFAULTS);
    }

    /**
     * The date of the content, as the source pages the data comes from give it (not the time it was
     * loaded), read once per data version; empty when the data names none.
     */
    public Optional<LocalDate> contentDate() {
        return contentDate.get(store.version(), () -> {
            ResultSetRewindable rows = store.select(queries.get("content-date"));
            if (!rows.hasNext()) {
                return Optional.empty();
            }
            RDFNode date = rows.next().get("date");
            return date != null && date.isLiteral() && date.asLiteral().getValue() instanceof XSDDateTime value
                    ? Optional.of(LocalDate.of(value.getYears(), value.getMonths(), value.getDays()))
                    : Optional.empty();
        });
    }

    /** Keeps the versions of the things of this history: the documents then answer for past times too. */
    public Site history(History versions) {
        this.history = versions;
        return this;
    }

    /**
     * What describes the whole dataset for search engines in the home page's head (schema.org
     * {@code Dataset}): set by the route group that knows the catalogue.
     */
    public void homeMarkup(HomeMarkup markup) {
        this.homeMarkup = markup;
    }

    /** The home page's schema.org JSON-LD, or null when no route group describes the dataset. */
    public String homeMarkup(PageLanguage lang, DataVersion version, DatasetCoverage coverage) {
        return homeMarkup.of(lang, version, coverage);
    }

    /** Writes the schema.org JSON-LD of the whole dataset, safe inside a {@code <script>} element. */
    @FunctionalInterface
    public interface HomeMarkup {
        String of(PageLanguage lang, DataVersion version, DatasetCoverage coverage);
    }

    /** The history of the data, when the site keeps one. */
    public Optional<History> history() {
        return Optional.ofNullable(history);
    }

    public Store store() {
        return store;
    }

    public Iris iris() {
        return iris;
    }

    /** The path of the base, ending in {@code /} (usually just {@code /}). */
    public String basePath() {
        return iris.basePath();
    }

    public Pages pages() {
        return pages;
    }

    public QueryLimits limits() {
        return limits;
    }

    public Templates templates() {
        return templates;
    }

    public QueryLibrary queries() {
        return queries;
    }

    public JsonLdContext context() {
        return context;
    }

    public RdfWriting writing() {
        return writing;
    }

    public ResourceViewMapper mapper() {
        return mapper;
    }

    public RdfDocumentBuilder documents() {
        return documents;
    }

    /** Every error answer goes out through it. */
    public ErrorResponder errors() {
        return errors;
    }

    /** The base model of every page: its frame and the navigation. */
    public Map<String, Object> pageModel(PageFrame frame, PageLanguage lang) {
        Links links = new Links(iris, lang);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", frame);
        model.put("nav", pages.navigation(links));
        model.put("navigation", navigation(links));
        model.put("ns", iris.ontologyNamespace());
        contentDate().ifPresent(date -> {
            model.put("contentDate", PageDates.date(date, lang));
            model.put("contentDateIso", date.toString());
        });
        pages.named(Pages.OPEN_DATA).ifPresent(openData -> model.put("openDataHref", links.page(openData.path())));
        pages.named(Pages.MAP).ifPresent(map -> model.put("mapHref", links.page(map.path())));
        pages.named(Pages.FIGURES).ifPresent(figures -> model.put("figuresHref", links.page(figures.path())));
        pages.named(Pages.SEARCH).ifPresent(search -> model.put("searchAction", iris.basePath() + search.path()));
        return model;
    }

    /** A navigation link of the layout. */
    public record NavigationEntry(String href, String label, String section) {
    }

    private List<NavigationEntry> navigation(Links links) {
        return pages.navigationEntries().stream()
                .map(p -> new NavigationEntry(links.page(p.path()), p.label(), p.section())).toList();
    }
}
