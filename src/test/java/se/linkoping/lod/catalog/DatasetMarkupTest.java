package se.linkoping.lod.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.lod.testing.RunningSite;

/**
 * The home page tells search engines what the dataset is: schema.org {@code Dataset} markup with the
 * properties Google Dataset Search asks for, true to the catalogue and the data, and valid JSON-LD.
 */
class DatasetMarkupTest {

    private static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>",
            Pattern.DOTALL);

    @RegisterExtension
    static final RunningSite site = RunningSite.seed();

    @Test
    void theHomePageDescribesTheDatasetAsDatasetSearchAsksInBothLanguages() {
        for (String lang : List.of("sv", "en")) {
            JsonObject dataset = markup(site.get("?lang=" + lang, "text/html").body());
            assertEquals("Dataset", dataset.getString("@type"));
            assertEquals(site.iris.dataset(), dataset.getString("@id"));
            assertFalse(dataset.getString("name").isBlank(), lang);
            int length = dataset.getString("description").length();
            assertTrue(length >= 50 && length <= 5000, "Dataset Search wants 50 to 5,000 characters: " + length);
            assertEquals(CatalogSettings.DEFAULT_DATA_LICENSE, dataset.getString("license"));
            assertEquals("Linköpings kommun", dataset.getJsonObject("creator").getString("name"));
            assertEquals("Organization", dataset.getJsonObject("creator").getString("@type"));
            assertEquals(site.store.version().digest(), dataset.getString("version"));
            assertTrue(dataset.getString("temporalCoverage").matches("\\d{4}(/\\d{4})?"),
                    dataset.getString("temporalCoverage"));
            assertTrue(dataset.getJsonArray("spatialCoverage").getValuesAs(JsonObject.class).stream()
                    .anyMatch(place -> place.getString("name").equals("Kaunas")), dataset.toString());
            assertTrue(dataset.getString("citation").contains("Linköpings kommun"));

            List<JsonObject> downloads = dataset.getJsonArray("distribution").getValuesAs(JsonObject.class);
            assertTrue(downloads.size() >= 3, dataset.toString());
            String openData = site.get("open-data", "text/html").body();
            for (JsonObject download : downloads) {
                assertEquals("DataDownload", download.getString("@type"));
                assertTrue(download.getString("encodingFormat").matches("[a-z]+/[a-z0-9.+-]+"), download.toString());
                String url = download.getString("contentUrl");
                assertTrue(openData.contains("href=\"" + url + "\""), url + " is a dump the open-data page lists");
            }
        }
    }

    @Test
    void theMarkupIsJsonLdThatSaysTheSameAsRdf() {
        String text = JSON_LD.matcher(site.get("", "text/html").body()).results().map(m -> m.group(1))
                .filter(json -> json.contains("\"Dataset\"")).findFirst().orElseThrow()
                .replace("\"@context\":\"https://schema.org\"", "\"@context\":{\"@vocab\":\"https://schema.org/\"}");
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(text, Lang.JSONLD).parse(model);
        assertTrue(model.contains(model.createResource(site.iris.dataset()), RDF.type,
                model.createResource("https://schema.org/Dataset")), text);
        assertTrue(model.listObjectsOfProperty(model.createProperty("https://schema.org/distribution")).toList().size() >= 3);
    }

    /** The page's schema.org {@code Dataset}. */
    private static JsonObject markup(String html) {
        Matcher matcher = JSON_LD.matcher(html);
        while (matcher.find()) {
            JsonValue value = Json.createReader(new StringReader(matcher.group(1).replace("\\u003c", "<"))).readValue();
            if (value instanceof JsonObject object && "Dataset".equals(object.getString("@type", ""))) {
                return object;
            }
        }
        throw new AssertionError("No schema.org Dataset in the home page");
    }
}
