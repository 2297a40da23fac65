package se.linkoping.lod.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.shared.PrefixMapping;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.web.http.Conditional;
import se.linkoping.lod.web.http.Http;
import se.linkoping.lod.web.http.HttpError;
import se.linkoping.lod.web.view.Links;
import se.linkoping.lod.web.view.OntologyView;
import se.linkoping.lod.web.view.OntologyViewMapper;
import se.linkoping.lod.web.view.PageLanguage;
import se.linkoping.lod.web.view.ShapesView;
import se.linkoping.lod.web.view.ShapesViewMapper;
import spark.Request;
import spark.Response;

/**
 * The vocabulary documents: the ontology at {@code /def/ns} (its terms, {@code {vocabulary root}def/ns#Term}
 * whatever the base, resolve to anchors of its page) and the SHACL shapes at {@code /def/shapes} (shapes {@code /def/shapes#Name}
 * likewise), each negotiated like every document and also at {@code /def/ns.{ext}} and
 * {@code /def/shapes.{ext}}; and the JSON-LD context at {@code /context.jsonld}. Each vocabulary
 * response takes one store query.
 */
public final class VocabularyRoutes implements RouteGroup {

    private static final String SHAPES_PATH = Pages.SHAPES_PATH;
    private static final String DEFINITIONS = "def/";

    private Site site;
    private Negotiated negotiated;
    private OntologyViewMapper ontologyMapper;
    private ShapesViewMapper shapesMapper;
    private PrefixMapping shapesPrefixes;

    @Override
    public void register(Site site) {
        this.site = site;
        this.negotiated = new Negotiated(site);
        this.ontologyMapper = new OntologyViewMapper(site.iris(), site.mapper());
        String shapesIri = site.iris().shapes();
        this.shapesPrefixes = PrefixMapping.Factory.create().setNsPrefixes(site.context().prefixes())
                .setNsPrefix("sh", SHACLM.NS).setNsPrefix("lkps", shapesIri + "#").lock();
        this.shapesMapper = new ShapesViewMapper(site.iris(), shapesIri, shapesPrefixes);
        Http.getAndHead(site.basePath() + DEFINITIONS + "*", this::definitions);
        Http.getAndHead(site.basePath() + JsonLdContext.PATH, this::context);
    }

    /** {@code /def/{name}} or {@code /def/{name}.{ext}}: the ontology or the shapes. */
    private Object definitions(Request request, Response response) {
        String file = request.splat()[0];
        int dot = file.indexOf('.');
        String name = dot < 0 ? file : file.substring(0, dot);
        Optional<String> extension = dot < 0 ? Optional.empty() : Optional.of(file.substring(dot + 1));
        if ((DEFINITIONS + name).equals(Iris.ONTOLOGY_PATH)) {
            return document(request, response, Iris.ONTOLOGY_PATH, extension, "ontology", Map.of(), this::ontologyPage);
        }
        if ((DEFINITIONS + name).equals(SHAPES_PATH)) {
            return document(request, response, SHAPES_PATH, extension, "shapes", shapesPrefixes.getNsPrefixMap(),
                    this::shapesPage);
        }
        throw HttpError.notFound(request.pathInfo());
    }

    /** Renders the HTML page of a vocabulary document from its triples. */
    private interface Page {
        String render(Model triples, PageLanguage lang);
    }

    /**
     * Answers for one vocabulary document.
     *
     * @param query    the CONSTRUCT of its triples, {@code queries/web/{query}.rq}
     * @param prefixes prefixes its RDF is written with, beside those of the JSON-LD context
     */
    private Object document(Request request, Response response, String path, Optional<String> extension,
                            String query, Map<String, String> prefixes, Page page) {
        Negotiated.Choice choice = negotiated.negotiate(request, response, path, extension, "");
        if (choice.answered()) {
            return response.body();
        }
        CountingStore store = new CountingStore(site.store());
        Model triples = store.construct(site.queries().get(query, Map.of()));
        response.header(CountingStore.HEADER, String.valueOf(store.queries()));
        if (triples.isEmpty()) {
            throw HttpError.notFound(site.iris().resolve(path));
        }
        if (!choice.variant().isHtml()) {
            triples.setNsPrefixes(prefixes);
            return site.writing().write(triples, choice.variant().rdf().orElseThrow());
        }
        return page.render(triples, choice.lang());
    }

    private String ontologyPage(Model ontology, PageLanguage lang) {
        OntologyView view = ontologyMapper.map(ontology, lang);
        Map<String, Object> model = pageModel(Iris.ONTOLOGY_PATH, view.title().value(), lang);
        model.put("ontology", view);
        model.put("shapesHref", new Links(site.iris(), lang).page(SHAPES_PATH));
        return site.templates().render("ontology", model, lang);
    }

    private String shapesPage(Model shapes, PageLanguage lang) {
        ShapesView view = shapesMapper.map(shapes, lang);
        Map<String, Object> model = pageModel(SHAPES_PATH, view.title().value(), lang);
        model.put("shapes", view);
        model.put("ontologyHref", new Links(site.iris(), lang).page(Iris.ONTOLOGY_PATH));
        return site.templates().render("shapes", model, lang);
    }

    private Map<String, Object> pageModel(String path, String title, PageLanguage lang) {
        PageFrame frame = PageFrame.of(lang, title, site.basePath(), "ontology",
                site.basePath() + path + "?lang=" + lang.other().tag(),
                negotiated.alternates(path), null, site.store().version());
        return site.pageModel(frame, lang);
    }

    private Object context(Request request, Response response) {
        if (Conditional.notModified(request, response, site.store().version(), "context")) {
            return "";
        }
        response.type("application/ld+json; charset=utf-8");
        return site.context().document().toString().getBytes(StandardCharsets.UTF_8);
    }
}
