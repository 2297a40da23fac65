package se.linkoping.lod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.lod.server.PublishedSite;
import se.linkoping.lod.store.LocalStore;
import se.linkoping.lod.testing.RunningSite;

/** A configured tile server: the map page names it and may load its images; no other page may. */
class MapTilesTest {

    private static final String TILES = "https://{s}.tile.example.org/{z}/{x}/{y}.png";

    @RegisterExtension
    static final RunningSite site = RunningSite.seed().mapTiles(TILES);

    @Test
    void onlyTheMapPageMayLoadTheTileServersImages() {
        HttpResponse<String> map = site.get("map", "text/html");
        assertEquals(200, map.statusCode());
        assertTrue(map.body().contains("data-tiles=\"" + TILES + "\""), "the page's script is told the tile server");
        assertEquals(1, map.headers().allValues("Content-Security-Policy").size(), "one policy, not two to intersect");
        String policy = map.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.contains("img-src 'self' data: https://*.tile.example.org;"), policy);
        assertTrue(policy.contains("script-src 'self';") && policy.contains("connect-src 'self';"), policy);
        String home = site.get("", "text/html").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(home.contains("img-src 'self' data:;"), home);
    }

    @Test
    void aTileServerThatIsNoHttpUrlIsRefusedAtStart() {
        LocalStore store = new LocalStore(site.dataset, site.iris);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> PublishedSite.builder(store, site.iris).mapTiles("javascript:alert(1)//{z}").build());
        assertTrue(refused.getMessage().contains("not an http(s) URL template"), refused.getMessage());
    }
}
