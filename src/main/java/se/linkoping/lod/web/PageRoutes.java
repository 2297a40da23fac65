package se.linkoping.lod.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;

import se.linkoping.lod.store.DataVersion;
import se.linkoping.lod.web.http.Conditional;
import se.linkoping.lod.web.http.Http;
import se.linkoping.lod.web.http.HttpError;
import se.linkoping.lod.web.view.DatasetCoverage;
import se.linkoping.lod.web.view.FiguresViewMapper;
import se.linkoping.lod.web.view.HomeView;
import se.linkoping.lod.web.view.HomeViewMapper;
import se.linkoping.lod.web.view.Item;
import se.linkoping.lod.web.view.Labels;
import se.linkoping.lod.web.view.Links;
import se.linkoping.lod.web.view.PageDates;
import se.linkoping.lod.web.view.PageLanguage;
import se.linkoping.lod.web.view.Text;
import se.linkoping.lod.web.view.YearArchive;
import spark.Request;
import spark.Response;

/**
 * The HTML pages that are not about one resource: the home page {@code /} (what the source page says,
 * structured) and the paged list pages of the {@link Pages} registry ({@code /projects},
 * {@code /networks}, {@code /towns}, {@code /organizations}). Each takes one store query; a row with
 * {@code ?partOf} (an activity) is listed under the entry of that whole (its project);
 * {@code ?lang=en} switches language. The year archive, {@code /projects?year=2023}, takes a second
 * query for the years around it; the home page shows the projects of the current year (the latest year
 * up to today that has projects, found in its one query's result) and links the years around it.
 */
public final class PageRoutes implements RouteGroup {

    /** Entries per list page. */
    public static final int PAGE_SIZE = 50;

    private Site site;
    private HomeViewMapper homeMapper;

    @Override
    public void register(Site site) {
        this.site = site;
        this.homeMapper = new HomeViewMapper(site.iris());
        Http.getAndHead(site.basePath(), this::home);
        for (Page list : site.pages().lists()) {
            Http.getAndHead(site.basePath() + list.path(), (request, response) -> list(list, request, response));
        }
    }

    private Object home(Request request, Response response) {
        PageLanguage lang = start(request, response, "home-" + LocalDate.now(PageDates.ZONE).getYear());
        if (lang == null) {
            return "";
        }
        CountingStore store = new CountingStore(site.store());
        Model model = store.construct(site.queries().get("home"));
        response.header(CountingStore.HEADER, String.valueOf(store.queries()));
        NavigableSet<Integer> years = YearArchive.years(model, homeMapper.projects(model));
        int year = YearArchive.current(years, LocalDate.now(PageDates.ZONE).getYear());
        HomeView view = homeMapper.map(model, lang, years.isEmpty() ? null : year);
        DataVersion version = site.store().version();
        DatasetCoverage coverage = new DatasetCoverage(years.isEmpty() ? null : years.first(),
                years.isEmpty() ? null : years.last(), view.twinTowns());
        PageFrame frame = PageFrame.of(lang, view.title().value().isEmpty() ? Templates.message("site.name", lang.locale())
                : view.title().value(), site.basePath(), "home", site.basePath() + "?lang=" + lang.other().tag(),
                List.of(), site.homeMarkup(lang, version, coverage), version);
        Map<String, Object> page = site.pageModel(frame, lang);
        page.put("home", view);
        Links links = new Links(site.iris(), lang);
        site.pages().named(Pages.YEAR_ARCHIVE).filter(archive -> !years.isEmpty()).ifPresent(archive ->
                page.put("yearNav", YearArchive.YearNav.around(year, years, links.page(archive.path()))));
        return site.templates().render("home", page, lang);
    }

    private Object list(Page page, Request request, Response response) {
        String list = page.path();
        int pageNumber = LinkedDataRoutes.page(request);
        Integer year = year(page, request);
        PageLanguage lang = start(request, response, list + (year == null ? "" : "-y" + year) + "-p" + pageNumber);
        if (lang == null) {
            return "";
        }
        Query query = year == null ? site.queries().get("list-" + page.name(), Map.of())
                : site.queries().get("list-" + page.name() + "-in-year",
                        Map.of("year", NodeFactory.createLiteralDT(String.valueOf(year), XSDDatatype.XSDinteger)));
        query.setLimit(PAGE_SIZE);
        query.setOffset((long) (pageNumber - 1) * PAGE_SIZE);
        CountingStore store = new CountingStore(site.store());
        ResultSetRewindable rows = store.select(query);
        Links links = new Links(site.iris(), lang);
        YearArchive.YearNav yearNav = year == null ? null : YearArchive.YearNav.around(year,
                new TreeSet<>(FiguresViewMapper.years(store.select(site.queries().get("figures-by-year"))).keySet()),
                links.page(list));
        response.header(CountingStore.HEADER, String.valueOf(store.queries()));

        Map<String, Item> byIri = new LinkedHashMap<>();
        Map<String, List<Item>> parts = new LinkedHashMap<>();
        long total = 0;
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            total = row.getLiteral("total").getLong();
            String iri = row.getResource("item").getURI();
            Text label = Labels.best(row, lang, "labelSv", "labelEn").orElse(Text.plain(Labels.localName(iri)));
            Text description = Labels.best(row, lang, "descriptionSv", "descriptionEn").orElse(null);
            Text note = row.contains("twin") && row.getLiteral("twin").getBoolean()
                    ? Text.plain(Templates.message("towns.twin", lang.locale())) : null;
            Item item = new Item(links.href(iri), label, description, note);
            if (row.contains("partOf")) {
                parts.computeIfAbsent(row.getResource("partOf").getURI(), whole -> new ArrayList<>()).add(item);
            } else {
                byIri.put(iri, item);
            }
        }
        // A part (a project's activity) is listed under its whole, or on its own when the whole is on another page.
        List<Item> items = new ArrayList<>();
        byIri.forEach((iri, item) -> items.add(new Item(item.href(), item.label(), item.description(), item.note(),
                parts.getOrDefault(iri, List.of()))));
        parts.forEach((whole, orphans) -> {
            if (!byIri.containsKey(whole)) {
                items.addAll(orphans);
            }
        });
        if (items.isEmpty() && pageNumber > 1) {
            throw HttpError.notFound("page " + pageNumber + " of " + list);
        }
        int pageCount = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        String title = year == null ? Templates.message(page.label(), lang.locale())
                : Templates.message("years.title", lang, String.valueOf(year));
        PageFrame frame = PageFrame.of(lang, title, site.basePath(), page.section(),
                site.basePath() + list + "?lang=" + lang.other().tag() + (year == null ? "" : "&year=" + year)
                        + (pageNumber > 1 ? "&page=" + pageNumber : ""),
                List.of(), null, site.store().version());
        Map<String, Object> model = site.pageModel(frame, lang);
        model.put("list", page.name());
        model.put("items", items);
        model.put("total", total);
        model.put("pageNumber", pageNumber);
        model.put("pageCount", pageCount);
        model.put("yearNav", yearNav);
        model.put("allHref", links.page(list));
        String href = year == null ? links.page(list) : FiguresViewMapper.yearHref(links.page(list), year);
        String separator = href.contains("?") ? "&" : "?";
        model.put("previousHref", pageNumber > 1 ? href + separator + "page=" + (pageNumber - 1) : null);
        model.put("nextHref", pageNumber < pageCount ? href + separator + "page=" + (pageNumber + 1) : null);
        return site.templates().render("list", model, lang);
    }

    /** The year asked for with {@code ?year=}, on the list page that is the year archive; else null. */
    private static Integer year(Page page, Request request) {
        String year = request.queryParams("year");
        if (year == null || !page.name().equals(Pages.YEAR_ARCHIVE)) {
            return null;
        }
        if (!year.matches("[0-9]{4}")) {
            throw new HttpError(400, "The year is four digits, as in ?year=2023");
        }
        return Integer.parseInt(year);
    }

    /**
     * Sets the headers every HTML page shares and answers 304 when the reader's copy is current.
     *
     * @return the page's language, or null when the answer (304) is given
     */
    private PageLanguage start(Request request, Response response, String variantKey) {
        PageLanguage lang = PageLanguage.choose(request.queryParams("lang"), request.headers("Accept-Language"));
        response.header("Vary", "Accept-Language");
        if (Conditional.notModified(request, response, site.store().version(), variantKey + "-" + lang.tag())) {
            return null;
        }
        response.type(Variant.HTML.contentType());
        return lang;
    }
}
