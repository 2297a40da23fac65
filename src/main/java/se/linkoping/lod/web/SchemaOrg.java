package se.linkoping.lod.web;

import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;

import se.linkoping.lod.web.view.ResourceView;
import se.linkoping.lod.web.view.Value;

/**
 * The schema.org JSON-LD put in the head of a resource's page, for search engines: its type, name,
 * description, page URL and the same things elsewhere.
 */
public final class SchemaOrg {

    /** Found once: {@code Json.create...} looks the JSON provider up on the class path at every call. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private SchemaOrg() {
    }

    /**
     * The JSON-LD text of a resource's page, safe to place inside a {@code <script>} element
     * ({@code <} is escaped as {@code \u003c}).
     *
     * @param type the resource's schema.org type, as its kind is declared in {@link Pages}
     */
    public static String of(ResourceView view, String pageUrl, String type) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", type)
                .add("@id", view.iri())
                .add("name", view.title().value())
                .add("url", pageUrl);
        if (view.description() != null) {
            json.add("description", view.description().value());
        }
        if (!view.sameAs().isEmpty()) {
            JsonArrayBuilder sameAs = JSON.createArrayBuilder();
            view.sameAs().stream().map(Value::href).forEach(sameAs::add);
            json.add("sameAs", sameAs);
        }
        return json.build().toString().replace("<", "\\u003c");
    }
}
