package se.linkoping.lod.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.store.Store;
import se.linkoping.lod.web.view.Links;
import se.linkoping.lod.web.view.ResourceViewMapper;

/**
 * What every page of the site shares: the store, the base, templates, queries, writers and the
 * navigation. One instance serves all route groups of {@link WebRoutes}.
 */
public final class Site {

    private final Store store;
    private final Iris iris;
    private final String basePath;
    private final Templates templates = new Templates();
    private final WebQueries queries;
    private final JsonLdContext context;
    private final RdfWriting writing;
    private final ResourceViewMapper mapper;
    private final RdfDocumentBuilder documents;

    public Site(Store store, Iris iris) {
        this.store = store;
        this.iris = iris;
        this.basePath = URI.create(iris.base()).getRawPath();
        this.queries = new WebQueries(iris);
        this.context = new JsonLdContext(iris);
        this.writing = new RdfWriting(context);
        Model terms = RDFParser.source("templates/i18n/terms.ttl").toModel();
        this.mapper = new ResourceViewMapper(iris, PrefixMapping.Factory.create().setNsPrefixes(context.prefixes()), terms);
        this.documents = new RdfDocumentBuilder(iris);
    }

    public Store store() {
        return store;
    }

    public Iris iris() {
        return iris;
    }

    /** The path of the base, ending in {@code /} (usually just {@code /}). */
    public String basePath() {
        return basePath;
    }

    public Templates templates() {
        return templates;
    }

    public WebQueries queries() {
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

    /** The links of the site's navigation, in the page's language. */
    public Map<String, String> navigation(PageLanguage lang) {
        Links links = new Links(iris, lang);
        Map<String, String> nav = new LinkedHashMap<>();
        nav.put("home", links.page(""));
        for (String list : List.of("projects", "networks", "towns", "organizations")) {
            nav.put(list, links.page(list));
        }
        nav.put("ontology", links.page(Iris.ONTOLOGY_PATH));
        nav.put("sparql", links.page("query"));
        return nav;
    }

    /** The base model of every page: its frame and the navigation. */
    public Map<String, Object> pageModel(PageFrame frame, PageLanguage lang) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", frame);
        model.put("nav", navigation(lang));
        model.put("ns", iris.ontologyNamespace());
        return model;
    }
}
