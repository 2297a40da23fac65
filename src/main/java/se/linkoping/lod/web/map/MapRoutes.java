package se.linkoping.lod.web.map;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.query.ResultSetRewindable;

import se.linkoping.lod.web.CountingStore;
import se.linkoping.lod.web.PageFrame;
import se.linkoping.lod.web.Pages;
import se.linkoping.lod.web.RouteGroup;
import se.linkoping.lod.web.Site;
import se.linkoping.lod.web.Templates;
import se.linkoping.lod.web.Variant;
import se.linkoping.lod.web.http.Conditional;
import se.linkoping.lod.web.http.Http;
import se.linkoping.lod.web.view.GeoJson;
import se.linkoping.lod.web.view.MapView;
import se.linkoping.lod.web.view.MapViewMapper;
import se.linkoping.lod.web.view.PageLanguage;
import spark.Request;
import spark.Response;

/**
 * The map page {@code /map} and its data {@code /map.geojson}, one store query each. The page lists the
 * places with their coordinates and links; its script draws them with the vendored Leaflet over the
 * vendored world outline, or over the tiles of a tile server when one is configured. Both follow the
 * data version (ETag, Last-Modified).
 */
public final class MapRoutes implements RouteGroup {

    private final String tiles;
    private final String tilePolicy;
    private Site site;
    private MapViewMapper mapper;

    /**
     * @param tiles      a tile server's URL template ({@code https://tile.example/{z}/{x}/{y}.png}), or null
     *                   to draw on the world outline alone
     * @param tilePolicy the Content-Security-Policy of the page that lets it load those tiles, or null
     */
    public MapRoutes(String tiles, String tilePolicy) {
        this.tiles = tiles;
        this.tilePolicy = tilePolicy;
    }

    @Override
    public void register(Site site) {
        this.site = site;
        this.mapper = new MapViewMapper(site.iris());
        String path = site.basePath() + site.pages().named(Pages.MAP).orElseThrow().path();
        Http.getAndHead(path, this::page);
        Http.getAndHead(path + ".geojson", Http.text(this::geoJson));
    }

    private MapView view(PageLanguage lang, Response response) {
        CountingStore store = new CountingStore(site.store());
        ResultSetRewindable rows = store.select(site.queries().get("map"));
        response.header(CountingStore.HEADER, String.valueOf(store.queries()));
        return mapper.map(rows, lang);
    }

    private Object page(Request request, Response response) {
        PageLanguage lang = PageLanguage.choose(request.queryParams("lang"), request.headers("Accept-Language"));
        response.header("Vary", "Accept-Language");
        if (Conditional.notModified(request, response, site.store().version(), "map-" + lang.tag())) {
            return "";
        }
        response.type(Variant.HTML.contentType());
        if (tilePolicy != null) {
            response.raw().setHeader("Content-Security-Policy", tilePolicy);
        }
        MapView map = view(lang, response);
        String path = site.pages().named(Pages.MAP).orElseThrow().path();
        PageFrame frame = PageFrame.of(lang, Templates.message("map.title", lang), site.basePath(), "towns",
                site.basePath() + path + "?lang=" + lang.other().tag(),
                List.of(new PageFrame.Alternate(GeoJson.MEDIA_TYPE, site.basePath() + path + ".geojson", "GeoJSON")),
                null, site.store().version());
        Map<String, Object> model = site.pageModel(frame, lang);
        model.put("map", map);
        model.put("tiles", tiles);
        model.put("geoJsonHref", site.basePath() + path + ".geojson");
        return site.templates().render("map", model, lang);
    }

    private Object geoJson(Request request, Response response) {
        if (Conditional.notModified(request, response, site.store().version(), "map-geojson")) {
            return "";
        }
        response.type(GeoJson.MEDIA_TYPE);
        MapView map = view(PageLanguage.SV, response);
        if (Http.isHead(request)) {
            return "";
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.write(out, GeoJson.of(map));
        return out.toString(StandardCharsets.UTF_8);
    }
}
