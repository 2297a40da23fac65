package se.linkoping.lod.web.view;

import java.math.BigDecimal;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The map's places as a GeoJSON FeatureCollection (RFC 7946): a Point feature for each town
 * ({@code [longitude, latitude]}, WGS 84) and a feature without geometry for each partner country, each
 * with its IRI as {@code id} and as properties what it is ({@code place}: town or country), its kind
 * ({@code home}, {@code twin}, {@code partner}, {@code other}), whether a project names it
 * ({@code partner}), its Swedish and English names and its country. A pure function.
 */
public final class GeoJson {

    /** The media type of GeoJSON (RFC 7946, section 12). */
    public static final String MEDIA_TYPE = "application/geo+json";

    private GeoJson() {
    }

    /** The feature collection of the map's places. */
    public static JsonObject of(MapView map) {
        JsonArray features = new JsonArray();
        for (MapView.Place town : map.towns()) {
            JsonObject geometry = new JsonObject();
            geometry.put("type", "Point");
            JsonArray coordinates = new JsonArray();
            coordinates.add(JsonNumber.value(BigDecimal.valueOf(town.longitude())));
            coordinates.add(JsonNumber.value(BigDecimal.valueOf(town.latitude())));
            geometry.put("coordinates", coordinates);
            features.add(feature(town, geometry));
        }
        for (MapView.Place country : map.countries()) {
            features.add(feature(country, null));
        }
        JsonObject collection = new JsonObject();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return collection;
    }

    private static JsonObject feature(MapView.Place place, JsonObject geometry) {
        JsonObject properties = new JsonObject();
        properties.put("place", Double.isNaN(place.longitude()) ? "country" : "town");
        properties.put("kind", place.kind().key());
        properties.put("partner", place.partner());
        putIfPresent(properties, "name_sv", place.labelSv());
        putIfPresent(properties, "name_en", place.labelEn());
        if (place.country() != null) {
            properties.put("country", place.country().value());
        }
        JsonObject feature = new JsonObject();
        feature.put("type", "Feature");
        feature.put("id", place.iri());
        if (geometry == null) {
            feature.put("geometry", JsonNull.instance);
        } else {
            feature.put("geometry", geometry);
        }
        feature.put("properties", properties);
        return feature;
    }

    private static void putIfPresent(JsonObject object, String key, String value) {
        if (value != null) {
            object.put(key, value);
        }
    }
}
