package se.linkoping.lod.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.linkoping.lod.admin.AdminLimits;
import se.linkoping.lod.admin.AdminRoutes;
import se.linkoping.lod.admin.SwitchableDataset;
import se.linkoping.lod.catalog.CatalogSettings;
import se.linkoping.lod.catalog.Dumps;
import se.linkoping.lod.history.History;
import se.linkoping.lod.model.Iris;
import se.linkoping.lod.sparql.QueryLimits;
import se.linkoping.lod.staff.StaffEditor;
import se.linkoping.lod.staff.StaffSettings;
import se.linkoping.lod.store.Store;
import se.linkoping.lod.store.StoreDirectory;
import se.linkoping.lod.web.LinkedDataRoutes;
import se.linkoping.lod.web.PageRoutes;
import se.linkoping.lod.web.Pages;
import se.linkoping.lod.web.RouteGroup;
import se.linkoping.lod.web.figures.FiguresRoutes;
import se.linkoping.lod.web.map.MapRoutes;
import se.linkoping.lod.web.Site;
import se.linkoping.lod.web.TrailingSlashes;
import se.linkoping.lod.web.VocabularyRoutes;
import se.linkoping.lod.web.WebApp;
import se.linkoping.lod.web.catalog.CatalogRoutes;
import se.linkoping.lod.web.catalog.DumpRoutes;
import se.linkoping.lod.web.catalog.FeedRoutes;
import se.linkoping.lod.web.catalog.OpenDataRoutes;
import se.linkoping.lod.web.catalog.SitemapRoutes;
import se.linkoping.lod.web.query.QueryPageRoutes;
import se.linkoping.lod.web.search.SearchRoutes;

/**
 * The composition root of the published site: builds the shared objects once (the {@link Site}: store,
 * base, page registry, templates, queries, JSON-LD context, limits, error answers; the catalogue's
 * description travels with the {@link Dumps}) and the route groups, which {@link WebApp} registers with
 * them. What {@code serve} runs, and what the tests start.
 *
 * <pre>{@code
 * WebApp web = PublishedSite.builder(store, iris).examples(queries).catalog(settings, dumps).build();
 * }</pre>
 */
public final class PublishedSite {

    private PublishedSite() {
    }

    /** A site over this store under this base: the linked-data pages and documents, home and lists. */
    public static Builder builder(Store store, Iris iris) {
        return new Builder(store, iris);
    }

    /** Builds the web app of the site; each part left out is not served. */
    public static final class Builder {
        private final Store store;
        private final Iris iris;
        private Pages pages = Pages.standard();
        private QueryLimits limits = QueryLimits.DEFAULTS;
        private Path examples;
        private CatalogSettings catalog;
        private Dumps dumps;
        private AdminRoutes admin;
        private StaffSettings staff = StaffSettings.DEFAULTS;
        private History history;
        private boolean health;
        private final List<RouteGroup> others = new ArrayList<>();
        private String mapTiles;
        /** The scheme and host of a tile server's URL template, {@code {s}} standing for its subdomains. */
        private static final Pattern TILE_ORIGIN = Pattern.compile("(https?://)((?:\\{s\\}\\.)?[A-Za-z0-9.-]+(?::[0-9]+)?)(?:/|$)");

        private Builder(Store store, Iris iris) {
            this.store = store;
            this.iris = iris;
        }

        /** The site's addresses; {@link Pages#standard()} unless set. */
        public Builder pages(Pages pages) {
            this.pages = pages;
            return this;
        }

        /** The SPARQL endpoint's limits, stated on the query page. */
        public Builder limits(QueryLimits limits) {
            this.limits = limits;
            return this;
        }

        /** Serves the query page with the example queries of this folder. */
        public Builder examples(Path folder) {
            this.examples = folder;
            return this;
        }

        /** Serves the catalogue, VoID, the dumps, the sitemap and robots.txt. */
        public Builder catalog(CatalogSettings settings, Dumps dumps) {
            this.catalog = settings;
            this.dumps = dumps;
            return this;
        }

        /** Serves the staff's write paths. */
        public Builder admin(AdminRoutes routes) {
            this.admin = routes;
            return this;
        }

        /**
         * Serves the staff's write paths over the served dataset: the staff named in the password file,
         * every accepted write recorded in the change log (null: {@code changes} in the store folder),
         * uploads into the first folder of the data.
         */
        public Builder admin(Path passwordFile, Path changeLog, SwitchableDataset dataset, StoreDirectory directory,
                             List<Path> data, AdminLimits limits) {
            return admin(AdminRoutes.of(passwordFile, changeLog, dataset, directory, data, iris, limits,
                    requireHistory()));
        }

        /** Serves the change feed of this history (and the resources' versions, where pages offer them). */
        public Builder history(History versions) {
            this.history = versions;
            return this;
        }

        private History requireHistory() {
            if (history == null) {
                throw new IllegalStateException("Staff writes need the history: set it first");
            }
            return history;
        }

        /** How the editor's sessions behave, when staff writes are on ({@link StaffSettings#DEFAULTS} unless set). */
        public Builder staff(StaffSettings settings) {
            this.staff = settings;
            return this;
        }

        /** Serves the health check. */
        public Builder health() {
            this.health = true;
            return this;
        }

        /**
         * Draws the map over this tile server's tiles ({@code https://tile.example/{z}/{x}/{y}.png}); the map
         * page then lets the browser load images from that server. Null: the vendored world outline alone.
         */
        public Builder mapTiles(String urlTemplate) {
            this.mapTiles = urlTemplate == null || urlTemplate.isBlank() ? null : urlTemplate.strip();
            return this;
        }

        /** Serves another route group too, registered after the site's own. */
        public Builder with(RouteGroup group) {
            others.add(group);
            return this;
        }

        /** The whole site: every part {@code serve} runs, with the query page's examples from this folder. */
        public Builder everything(Path examplesFolder, CatalogSettings settings, Dumps siteDumps) {
            return health().examples(examplesFolder).catalog(settings, siteDumps);
        }

        public WebApp build() {
            Site site = new Site(store, iris, pages, limits);
            if (history != null) {
                site.history(history);
            }
            List<RouteGroup> groups = new ArrayList<>();
            groups.add(new TrailingSlashes());
            if (admin != null) {
                if (dumps != null) {
                    admin.afterEachWrite(version -> dumps.ready(store, version));
                }
                groups.add(admin);
                groups.add(StaffEditor.routes(admin, staff));
            }
            if (health) {
                groups.add(new HealthRoutes());
            }
            if (examples != null) {
                groups.add(new QueryPageRoutes(examples, iris));
            }
            if (catalog != null) {
                groups.add(new CatalogRoutes(catalog, dumps, history != null));
                groups.add(new DumpRoutes(dumps));
                groups.add(new SitemapRoutes());
                groups.add(new OpenDataRoutes(catalog, dumps));
            }
            if (history != null) {
                groups.add(new FeedRoutes(history));
            }
            groups.add(new LinkedDataRoutes());
            groups.add(new VocabularyRoutes());
            groups.add(new PageRoutes());
            groups.add(new MapRoutes(mapTiles, mapTiles == null ? null : tilePolicy(mapTiles)));
            groups.add(new FiguresRoutes());
            groups.add(new SearchRoutes());
            groups.addAll(others);
            return new WebApp(site, groups);
        }

        /** The site's Content-Security-Policy, with the tile server's origin allowed for images. */
        private static String tilePolicy(String urlTemplate) {
            Matcher origin = TILE_ORIGIN.matcher(urlTemplate);
            if (!origin.lookingAt()) {
                throw new IllegalArgumentException("The map's tile server is not an http(s) URL template: " + urlTemplate);
            }
            String allowed = origin.group(1) + origin.group(2).replace("{s}", "*");
            return SecurityHeaders.CONTENT_SECURITY_POLICY.replace("img-src 'self' data:", "img-src 'self' data: " + allowed);
        }
    }
}
