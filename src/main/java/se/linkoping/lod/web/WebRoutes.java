package se.linkoping.lod.web;

import java.util.List;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.store.Store;

/**
 * The route groups of the linked-data site, ready for {@link WebApp}:
 * {@code new WebApp(WebRoutes.all(store, iris))} (add other groups beside them).
 */
public final class WebRoutes {

    private WebRoutes() {
    }

    /**
     * The linked-data pages and documents ({@code /id/*}, {@code /doc/*}, {@code /def/ns},
     * {@code /def/shapes}, {@code /context.jsonld}), the home and list pages and the error pages.
     */
    public static List<Routes> all(Store store, Iris iris) {
        Site site = new Site(store, iris);
        return List.of(new ErrorPages(site), new LinkedDataRoutes(site), new VocabularyRoutes(site),
                new PageRoutes(site));
    }
}
