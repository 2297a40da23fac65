package se.linkoping.lod.web.figures;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;

import se.linkoping.lod.web.CountingStore;
import se.linkoping.lod.web.PageFrame;
import se.linkoping.lod.web.Pages;
import se.linkoping.lod.web.RouteGroup;
import se.linkoping.lod.web.Site;
import se.linkoping.lod.web.Templates;
import se.linkoping.lod.web.Variant;
import se.linkoping.lod.web.http.Conditional;
import se.linkoping.lod.web.http.Http;
import se.linkoping.lod.web.view.Chart;
import se.linkoping.lod.web.view.FiguresViewMapper;
import se.linkoping.lod.web.view.Links;
import se.linkoping.lod.web.view.PageDates;
import se.linkoping.lod.web.view.PageLanguage;
import spark.Request;
import spark.Response;

/**
 * The page of the work in figures, {@code /figures}: projects by programme, by year and by country,
 * and memberships over time, each a bar chart drawn by the template as SVG beside a table of its
 * figures, with the query that made it (one store query a chart, {@code queries/web/figures-*.rq}).
 */
public final class FiguresRoutes implements RouteGroup {

    private Site site;
    private FiguresViewMapper mapper;

    @Override
    public void register(Site site) {
        this.site = site;
        this.mapper = new FiguresViewMapper(site.iris());
        Http.getAndHead(site.basePath() + site.pages().named(Pages.FIGURES).orElseThrow().path(), this::page);
    }

    private Object page(Request request, Response response) {
        PageLanguage lang = PageLanguage.choose(request.queryParams("lang"), request.headers("Accept-Language"));
        response.header("Vary", "Accept-Language");
        int thisYear = LocalDate.now(PageDates.ZONE).getYear();
        if (Conditional.notModified(request, response, site.store().version(), "figures-" + thisYear + "-" + lang.tag())) {
            return "";
        }
        response.type(Variant.HTML.contentType());
        Links links = new Links(site.iris(), lang);
        String queryPage = links.page(Pages.QUERY_PATH);
        String archive = links.page(site.pages().named(Pages.YEAR_ARCHIVE).orElseThrow().path());
        CountingStore store = new CountingStore(site.store());
        List<Chart> charts = List.of(
                chart("by-programme", mapper.countsOfThings(store.select(query("by-programme")), "programme", lang),
                        queryPage),
                chart("by-year", FiguresViewMapper.projectsByYear(store.select(query("by-year")), archive), queryPage),
                chart("by-country", mapper.countsOfThings(store.select(query("by-country")), "country", lang),
                        queryPage),
                chart("memberships", FiguresViewMapper.membershipsOverTime(store.select(query("memberships")), thisYear),
                        queryPage));
        response.header(CountingStore.HEADER, String.valueOf(store.queries()));
        String path = site.pages().named(Pages.FIGURES).orElseThrow().path();
        PageFrame frame = PageFrame.of(lang, Templates.message("figures.title", lang), site.basePath(), Pages.FIGURES,
                site.basePath() + path + "?lang=" + lang.other().tag(), List.of(), null, site.store().version());
        Map<String, Object> model = site.pageModel(frame, lang);
        model.put("charts", charts);
        return site.templates().render("figures", model, lang);
    }

    private Query query(String chart) {
        return site.queries().get("figures-" + chart);
    }

    private Chart chart(String id, List<FiguresViewMapper.Count> counts, String queryPage) {
        return FiguresViewMapper.chart(id, counts, site.queries().text("figures-" + id), queryPage);
    }
}
