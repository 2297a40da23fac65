package se.linkoping.lod.staff;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

import spark.Request;
import spark.Response;
import spark.Spark;

import se.linkoping.lod.admin.ChangeLog;
import se.linkoping.lod.admin.StaffWrites;
import se.linkoping.lod.admin.WriteRefused;
import se.linkoping.lod.staff.FormShapes.Kind;
import se.linkoping.lod.web.RouteGroup;
import se.linkoping.lod.web.Site;
import se.linkoping.lod.web.Templates;
import se.linkoping.lod.web.http.Http;
import se.linkoping.lod.web.http.HttpError;
import se.linkoping.lod.web.view.PageDates;
import se.linkoping.lod.web.view.PageLanguage;

/**
 * The editor's pages behind the sign-in gate ({@link StaffRoutes}), under {@code /staff}:
 *
 * <ul>
 * <li>{@code /staff}: every kind of thing the shapes describe, with counts, and the latest changes;</li>
 * <li>{@code /staff/kinds/{kind}}: the things of a kind; {@code /staff/kinds/{kind}/new}: a new one;</li>
 * <li>{@code /staff/things/{type}/{slug}}: a thing's form, generated from its kind's shape; sent with
 *     {@code action=preview} it is checked with the shapes (violations at their fields, nothing written)
 *     and the change shown in words; with {@code action=publish} it is written;</li>
 * <li>{@code POST /staff/things/{type}/{slug}/delete}: deletes a thing nothing links to;</li>
 * <li>{@code /staff/history} and {@code /staff/things/{type}/{slug}/history}: changes in words, with
 *     the conflicts of the last load; {@code POST /staff/history/{change}/revert}: undoes a change.</li>
 * </ul>
 *
 * <p>Outside the gate, the IRI (and document) of a deleted thing answers {@code 410 Gone} with a page
 * that says what it was and when it went.
 */
final class EditorRoutes implements RouteGroup {

    private static final int LATEST = 10;
    private static final String OPERATION_CREATE = "create ";
    private static final String OPERATION_EDIT = "edit ";

    private final StaffWrites writes;
    private final Retired retired;
    private Site site;
    private String root;
    private String base;

    EditorRoutes(StaffWrites writes) {
        this.writes = writes;
        this.retired = new Retired(writes.changeLog());
    }

    @Override
    public void register(Site site) {
        this.site = site;
        this.root = site.basePath() + StaffRoutes.PATH;
        this.base = site.iris().base();
        Http.getAndHead(root, this::start);
        Http.getAndHead(root + "/history", (rq, rs) -> history(rq, rs, null));
        Spark.post(root + "/history/:change/revert", this::revert);
        Http.getAndHead(root + "/kinds/:kind", this::list);
        Http.getAndHead(root + "/kinds/:kind/new", (rq, rs) -> form(rq, rs, null));
        Spark.post(root + "/kinds/:kind/new", (rq, rs) -> send(rq, rs, null));
        Http.getAndHead(root + "/things/:type/:slug", (rq, rs) -> form(rq, rs, thing(rq)));
        Spark.post(root + "/things/:type/:slug", (rq, rs) -> send(rq, rs, thing(rq)));
        Spark.post(root + "/things/:type/:slug/delete", this::delete);
        Http.getAndHead(root + "/things/:type/:slug/history", (rq, rs) -> history(rq, rs, thing(rq)));
        Spark.before(site.basePath() + "id/*", this::gone);
        Spark.before(site.basePath() + "doc/*", this::gone);
    }

    private Node thing(Request request) {
        return NodeFactory.createURI(base + "id/" + request.params(":type") + "/" + request.params(":slug"));
    }

    private String href(Node thing) {
        return root + "/things/" + thing.getURI().substring((base + "id/").length());
    }

    // ---------------------------------------------------------------- pages

    private Object start(Request request, Response response) {
        PageLanguage lang = StaffRoutes.language(request);
        Map<String, Object> model = StaffRoutes.model(site, request, lang, Templates.message("staff.start.title", lang.locale()));
        writes.read(graph -> {
            List<Map<String, Object>> kinds = new ArrayList<>();
            for (Kind kind : FormShapes.kinds(graph, lang.tag())) {
                Map<String, Object> k = new LinkedHashMap<>();
                k.put("name", kind.name(lang.tag()));
                k.put("description", kind.description(lang.tag()));
                k.put("href", root + "/kinds/" + kind.slug());
                k.put("count", graph.find(Node.ANY, RDF.type.asNode(), kind.targetClass()).toList().size());
                kinds.add(k);
            }
            model.put("kinds", kinds);
            model.put("changes", latest(graph, lang, null, LATEST));
            return null;
        });
        return html(response, "staff/start", model, lang);
    }

    private Object list(Request request, Response response) {
        PageLanguage lang = StaffRoutes.language(request);
        return writes.read(graph -> {
            Kind kind = kind(graph, request.params(":kind"));
            Map<String, Object> model = StaffRoutes.model(site, request, lang, kind.name(lang.tag()));
            Labels labels = new Labels(graph, lang.tag());
            List<Map<String, String>> things = new ArrayList<>();
            graph.find(Node.ANY, RDF.type.asNode(), kind.targetClass()).forEach(t -> {
                if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(base + "id/")) {
                    things.add(Map.of("label", labels.of(t.getSubject()),
                            "href", href(t.getSubject()) + "?kind=" + kind.slug() + "&lang=" + lang.tag()));
                }
            });
            things.sort((a, b) -> a.get("label").compareToIgnoreCase(b.get("label")));
            model.put("kind", Map.of("name", kind.name(lang.tag()), "description", kind.description(lang.tag()),
                    "newHref", root + "/kinds/" + kind.slug() + "/new?lang=" + lang.tag()));
            model.put("things", things);
            return html(response, "staff/list", model, lang);
        });
    }

    private Object form(Request request, Response response, Node thing) {
        PageLanguage lang = StaffRoutes.language(request);
        return writes.read(graph -> {
            Kind kind = thing == null ? kind(graph, request.params(":kind")) : kindOf(graph, thing, request.queryParams("kind"));
            Map<String, List<String>> values = ThingForm.values(kind, graph, thing);
            String notice = request.queryParams("saved") != null ? Templates.message("staff.saved", lang.locale()) : null;
            return formPage(request, response, lang, graph, kind, thing, values, Map.of(), List.of(), notice, 200);
        });
    }

    private Object formPage(Request request, Response response, PageLanguage lang, Graph graph, Kind kind, Node thing,
                            Map<String, List<String>> values, Map<String, List<String>> errors, List<String> problems,
                            String notice, int status) {
        String title = thing == null ? Templates.message("staff.new", lang.locale()) + ": " + kind.name(lang.tag())
                : new Labels(graph, lang.tag()).of(thing);
        Map<String, Object> model = StaffRoutes.model(site, request, lang, title);
        model.put("kind", Map.of("name", kind.name(lang.tag()), "slug", kind.slug(),
                "href", root + "/kinds/" + kind.slug() + "?lang=" + lang.tag()));
        model.put("fields", ThingForm.view(kind, graph, values, errors, lang.tag(), base));
        model.put("problems", problems);
        model.put("notice", notice);
        model.put("action", thing == null ? root + "/kinds/" + kind.slug() + "/new" : href(thing));
        if (thing != null) {
            model.put("publicHref", thing.getURI());
            model.put("historyHref", href(thing) + "/history?lang=" + lang.tag());
            model.put("deleteAction", href(thing) + "/delete");
        }
        response.status(status);
        return html(response, "staff/form", model, lang);
    }

    /** A sent form: back to editing, a preview of the change, or the change published. */
    private Object send(Request request, Response response, Node existing) {
        PageLanguage lang = StaffRoutes.language(request);
        Locale locale = lang.locale();
        Map<String, List<String>> form = form(request);
        String action = request.queryParams("action");
        Object answer = writes.read(graph -> {
            Kind kind = existing == null ? kind(graph, request.params(":kind")) : kindOf(graph, existing, request.queryParams("kind"));
            ThingForm.Parsed parsed = ThingForm.parse(kind, form, graph, base);
            Map<String, List<String>> errors = words(parsed.errors(), locale);
            if ("edit".equals(action) || !parsed.valid()) {
                return formPage(request, response, lang, graph, kind, existing, form, errors, List.of(), null,
                        parsed.valid() ? 200 : 422);
            }
            Node thing = existing;
            if (thing == null) {
                String name = Mint.name(kind, parsed.values());
                if (name == null) {
                    return formPage(request, response, lang, graph, kind, null, form, errors,
                            List.of(Templates.message("staff.error.name", locale)), null, 422);
                }
                thing = Mint.iri(kind, name, graph, retired.all().keySet(), base);
            }
            ThingForm.Change change = ThingForm.change(kind, graph, thing, parsed, existing == null);
            EditCheck.Result check = EditCheck.check(graph, change, kind, thing, locale, lang.tag());
            if (!check.passed()) {
                return formPage(request, response, lang, graph, kind, existing, form, check.atFields(), check.elsewhere(),
                        null, 422);
            }
            if (!"publish".equals(action)) {
                return preview(request, response, lang, graph, kind, thing, existing == null, form, change);
            }
            return new Pending(kind, thing, existing == null, change);
        });
        return answer instanceof Pending pending ? publish(request, response, lang, form, pending) : answer;
    }

    /** A checked change to publish once the read is over. */
    private record Pending(Kind kind, Node thing, boolean isNew, ThingForm.Change change) {
    }

    private Object preview(Request request, Response response, PageLanguage lang, Graph graph, Kind kind, Node thing,
                           boolean isNew, Map<String, List<String>> form, ThingForm.Change change) {
        Labels labels = new Labels(graph, lang.tag());
        String title = Templates.message("staff.preview.title", lang.locale()) + ": "
                + (isNew ? Mint.name(kind, ThingForm.parse(kind, form, graph, base).values()) : labels.of(thing));
        Map<String, Object> model = StaffRoutes.model(site, request, lang, title);
        model.put("lines", new ChangeWords(graph, FormShapes.kinds(graph, lang.tag()), lang.tag(), lang.locale())
                .lines(change.removed(), change.added()));
        model.put("unchanged", change.isEmpty());
        model.put("iri", thing.getURI());
        model.put("isNew", isNew);
        model.put("action", isNew ? root + "/kinds/" + kind.slug() + "/new" : href(thing));
        List<Map<String, String>> hidden = new ArrayList<>();
        form.forEach((name, values) -> {
            if (!Set.of("action", StaffRoutes.CSRF_FIELD).contains(name)) {
                values.forEach(v -> hidden.add(Map.of("name", name, "value", v)));
            }
        });
        model.put("hidden", hidden);
        model.put("kindSlug", kind.slug());
        model.put("card", card(kind, form, graph, lang));
        return html(response, "staff/preview", model, lang);
    }

    /** How the thing's public page will begin: its label and description after the change. */
    private Map<String, String> card(Kind kind, Map<String, List<String>> form, Graph graph, PageLanguage lang) {
        ThingForm.Parsed parsed = ThingForm.parse(kind, form, graph, base);
        Map<String, String> card = new LinkedHashMap<>();
        parsed.values().forEach((path, values) -> values.stream()
                .filter(v -> v.isLiteral() && lang.tag().equals(v.getLiteralLanguage())).findFirst()
                .ifPresent(v -> card.putIfAbsent(card.isEmpty() ? "label" : "description", v.getLiteralLexicalForm())));
        return card;
    }

    private Object publish(Request request, Response response, PageLanguage lang, Map<String, List<String>> form,
                           Pending pending) {
        Node thing = pending.thing();
        if (!pending.change().isEmpty()) {
            try {
                writes.edit(StaffRoutes.session(request).name(),
                        (pending.isNew() ? OPERATION_CREATE : OPERATION_EDIT) + thing.getURI(),
                        pending.change().removed(), pending.change().added());
            } catch (WriteRefused refused) {
                return writes.read(graph -> formPage(request, response, lang, graph, pending.kind(),
                        pending.isNew() ? null : thing, form, Map.of(), List.of(refused.getMessage()), null,
                        refused.status()));
            }
        }
        response.redirect(href(thing) + "?kind=" + pending.kind().slug() + "&saved=1&lang=" + lang.tag(), 303);
        return "";
    }

    private Object delete(Request request, Response response) {
        PageLanguage lang = StaffRoutes.language(request);
        Node thing = thing(request);
        Object answer = writes.read(graph -> {
            Labels labels = new Labels(graph, lang.tag());
            List<Triple> held = graph.find(thing, Node.ANY, Node.ANY).toList();
            if (held.isEmpty()) {
                throw HttpError.notFound(request.pathInfo());
            }
            List<Triple> links = graph.find(Node.ANY, Node.ANY, thing).toList().stream()
                    .filter(t -> !t.getSubject().equals(thing)).toList();
            if (!links.isEmpty()) {
                ChangeWords words = new ChangeWords(graph, FormShapes.kinds(graph, lang.tag()), lang.tag(), lang.locale());
                Map<String, Object> model = StaffRoutes.model(site, request, lang,
                        Templates.message("staff.delete.refused", lang.locale()) + ": " + labels.of(thing));
                model.put("links", links.stream().map(t -> Map.of("thing", labels.of(t.getSubject()),
                        "field", words.field(t.getPredicate()), "href", href(t.getSubject()))).toList());
                model.put("backHref", href(thing) + "?lang=" + lang.tag());
                response.status(409);
                return html(response, "staff/refused", model, lang);
            }
            return held;
        });
        if (!(answer instanceof List<?> held)) {
            return answer;
        }
        try {
            writes.edit(StaffRoutes.session(request).name(), Retired.DELETE + thing.getURI(),
                    held.stream().map(Triple.class::cast).toList(), List.of());
        } catch (WriteRefused refused) {
            throw new HttpError(refused.status(), refused.getMessage());
        }
        response.redirect(root + "?lang=" + lang.tag(), 303);
        return "";
    }

    private Object history(Request request, Response response, Node thing) {
        PageLanguage lang = StaffRoutes.language(request);
        return writes.read(graph -> {
            String title = thing == null ? Templates.message("staff.history.title", lang.locale())
                    : Templates.message("staff.history.of", lang.locale()) + " " + new Labels(graph, lang.tag()).of(thing);
            Map<String, Object> model = StaffRoutes.model(site, request, lang, title);
            model.put("changes", latest(graph, lang, thing, Integer.MAX_VALUE));
            model.put("conflicts", writes.conflicts().current().stream()
                    .filter(c -> thing == null || c.triples().stream().anyMatch(t -> t.startsWith("<" + thing.getURI() + ">")))
                    .toList());
            model.put("problem", request.queryParams("refused"));
            if (thing != null) {
                model.put("backHref", href(thing) + "?lang=" + lang.tag());
                model.put("backPath", href(thing) + "/history");
            }
            return html(response, "staff/history", model, lang);
        });
    }

    private Object revert(Request request, Response response) {
        PageLanguage lang = StaffRoutes.language(request);
        String name = request.params(":change");
        ChangeLog.Entry entry = writes.changeLog().entries().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> HttpError.notFound(request.pathInfo()));
        if (!entry.isEdit()) {
            throw new HttpError(409, "A load of the files is not undone here: change the files.");
        }
        ChangeLog.Triples changes = entry.triples();
        List<Triple> removed = writes.read(graph -> changes.added().stream().filter(graph::contains).toList());
        String back = request.queryParams("back");
        String target = back != null && back.startsWith(root + "/") && !back.contains("//") ? back : root + "/history";
        try {
            writes.edit(StaffRoutes.session(request).name(), "revert " + entry.name(), removed, changes.deleted());
        } catch (WriteRefused refused) {
            response.redirect(target + "?lang=" + lang.tag() + "&refused="
                    + URLEncoder.encode(refused.getMessage(), StandardCharsets.UTF_8), 303);
            return "";
        }
        response.redirect(target + "?lang=" + lang.tag(), 303);
        return "";
    }

    /** The latest changes, newest first, about one thing or all. */
    private List<ChangeWords.Entry> latest(Graph graph, PageLanguage lang, Node thing, int most) {
        ChangeWords words = new ChangeWords(graph, FormShapes.kinds(graph, lang.tag()), lang.tag(), lang.locale());
        List<ChangeLog.Entry> entries = new ArrayList<>(writes.changeLog().entries());
        Collections.reverse(entries);
        return entries.stream()
                .filter(e -> thing == null || e.triples().about(thing))
                .limit(most).map(words::entry).toList();
    }

    // ---------------------------------------------------------------- 410

    private void gone(Request request, Response response) {
        String path = request.pathInfo();
        String rest = path.substring(path.indexOf('/', site.basePath().length()) + 1).replaceAll("\\.[a-z]+$", "");
        String iri = base + "id/" + rest;
        Optional<Retired.Thing> went = retired.find(iri);
        if (went.isEmpty() || writes.read(graph -> graph.contains(NodeFactory.createURI(iri), Node.ANY, Node.ANY))) {
            return;
        }
        PageLanguage lang = StaffRoutes.language(request);
        Map<String, Object> model = StaffRoutes.model(site, request, lang, Templates.message("error.410.title", lang.locale()));
        Graph held = GraphFactory.createDefaultGraph();
        went.get().held().forEach(held::add);
        model.put("label", new Labels(held, lang.tag()).of(NodeFactory.createURI(iri)));
        model.put("when", PageDates.dateTime(went.get().when(), lang));
        model.put("whenIso", went.get().when().toString());
        model.put("iri", iri);
        response.header("Cache-Control", "no-store");
        response.type("text/html; charset=utf-8");
        Spark.halt(410, site.templates().render("gone", model, lang));
    }

    // ---------------------------------------------------------------- helpers

    private Kind kind(Graph graph, String slug) {
        return FormShapes.kind(graph, slug).orElseThrow(() -> HttpError.notFound(slug));
    }

    /** The kind of a thing: the one asked for when the thing is of its class, else the first whose class it has. */
    private Kind kindOf(Graph graph, Node thing, String asked) {
        List<Kind> kinds = FormShapes.kinds(graph, "en").stream()
                .filter(k -> graph.contains(thing, RDF.type.asNode(), k.targetClass())).toList();
        if (kinds.isEmpty()) {
            throw HttpError.notFound(thing.getURI());
        }
        String type = thing.getURI().substring((base + "id/").length()).split("/")[0];
        return kinds.stream().filter(k -> k.slug().equals(asked)).findFirst()
                .or(() -> kinds.stream().filter(k -> k.slug().equals(type)).findFirst())
                .orElse(kinds.get(0));
    }

    private static Map<String, List<String>> form(Request request) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        for (String name : request.queryParams()) {
            String[] values = request.queryParamsValues(name);
            form.put(name, values == null ? List.of() : List.of(values));
        }
        return form;
    }

    private static Map<String, List<String>> words(Map<String, List<String>> keys, Locale locale) {
        Map<String, List<String>> worded = new LinkedHashMap<>();
        keys.forEach((field, list) -> worded.put(field, list.stream().map(k -> Templates.message(k, locale)).toList()));
        return worded;
    }

    private Object html(Response response, String template, Map<String, Object> model, PageLanguage lang) {
        response.type("text/html; charset=utf-8");
        return site.templates().render(template, model, lang);
    }
}
