package se.linkoping.lod.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.web.view.OntologyView;
import se.linkoping.lod.web.view.OntologyViewMapper;
import spark.Request;
import spark.Response;

/**
 * The vocabulary documents: the ontology at {@code /def/ns} (hash terms {@code /def/ns#Term} resolve to
 * anchors of its page), negotiated like every document and also at {@code /def/ns.{ext}}; and the
 * JSON-LD context at {@code /context.jsonld}. Each ontology response takes one store query.
 */
public final class VocabularyRoutes implements Routes {

    private static final String ONTOLOGY_FILE = "ns";

    private final Site site;
    private final Negotiated negotiated;
    private final OntologyViewMapper mapper;

    public VocabularyRoutes(Site site) {
        this.site = site;
        this.negotiated = new Negotiated(site);
        this.mapper = new OntologyViewMapper(site.iris(), site.mapper());
    }

    @Override
    public void register() {
        String definitions = Iris.ONTOLOGY_PATH.substring(0, Iris.ONTOLOGY_PATH.length() - ONTOLOGY_FILE.length());
        LinkedDataRoutes.both(site.basePath() + definitions + "*", this::ontology);
        LinkedDataRoutes.both(site.basePath() + JsonLdContext.PATH, this::context);
    }

    private Object ontology(Request request, Response response) {
        String file = request.splat()[0];
        Optional<String> extension;
        if (file.equals(ONTOLOGY_FILE)) {
            extension = Optional.empty();
        } else if (file.startsWith(ONTOLOGY_FILE + ".")) {
            extension = Optional.of(file.substring(ONTOLOGY_FILE.length() + 1));
        } else {
            throw new NotFoundException(request.pathInfo());
        }
        Negotiated.Choice choice = negotiated.negotiate(request, response, Iris.ONTOLOGY_PATH, extension, "");
        if (choice.answered()) {
            return response.body();
        }
        CountingStore store = new CountingStore(site.store());
        Model ontology = store.construct(site.queries().get("ontology", Map.of()));
        response.header(CountingStore.HEADER, String.valueOf(store.queries()));
        if (ontology.isEmpty()) {
            throw new NotFoundException(site.iris().ontology());
        }
        if (!choice.variant().isHtml()) {
            return site.writing().write(ontology, choice.variant().rdf().orElseThrow());
        }
        PageLanguage lang = choice.lang();
        OntologyView view = mapper.map(ontology, lang);
        PageFrame frame = PageFrame.of(lang, view.title().value(), site.basePath(), "ontology",
                site.basePath() + Iris.ONTOLOGY_PATH + "?lang=" + lang.other().tag(),
                negotiated.alternates(Iris.ONTOLOGY_PATH), null, site.store().version());
        Map<String, Object> model = site.pageModel(frame, lang);
        model.put("ontology", view);
        return site.templates().render("ontology", model, lang);
    }

    private Object context(Request request, Response response) {
        HttpCaching caching = HttpCaching.of(site.store().version(), "context");
        response.header("ETag", caching.etag());
        response.header("Last-Modified", caching.lastModified());
        response.header("Cache-Control", HttpCaching.CACHE_CONTROL);
        if (caching.notModified(request.headers("If-None-Match"), request.headers("If-Modified-Since"))) {
            response.status(304);
            return "";
        }
        response.type("application/ld+json; charset=utf-8");
        return site.context().document().toString().getBytes(StandardCharsets.UTF_8);
    }
}
