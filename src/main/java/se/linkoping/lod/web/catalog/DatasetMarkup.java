package se.linkoping.lod.web.catalog;

import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;

import se.linkoping.lod.catalog.CatalogSettings;
import se.linkoping.lod.store.DataVersion;
import se.linkoping.lod.web.view.DatasetCoverage;
import se.linkoping.lod.web.view.Item;
import se.linkoping.lod.web.view.PageDates;
import se.linkoping.lod.web.view.Text;

/**
 * The schema.org {@code Dataset} of the whole data, in the home page's head: the properties Google
 * Dataset Search reads (name, description, url, license, creator, publisher, version, dates,
 * distribution, temporal and spatial coverage), from the same catalogue the portals harvest.
 */
final class DatasetMarkup {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private DatasetMarkup() {
    }

    /** One download of the dataset: its address and media type. */
    record Download(String contentUrl, String encodingFormat) {
    }

    /**
     * The JSON-LD text, safe inside a {@code <script>} element ({@code <} written as {@code \u003c}).
     *
     * @param datasetIri  the dataset's IRI
     * @param homeUrl     the home page's address
     * @param title       the dataset's title in the reader's language
     * @param description the dataset's description in the reader's language, or null
     * @param citation    how to cite the data, as text
     */
    static String of(String datasetIri, String homeUrl, Text title, Text description, CatalogSettings settings,
                     DataVersion version, DatasetCoverage coverage, List<Download> downloads, String citation) {
        JsonObjectBuilder organisation = JSON.createObjectBuilder()
                .add("@type", "Organization")
                .add("name", settings.publisherName())
                .add("url", settings.publisherHomepage());
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "Dataset")
                .add("@id", datasetIri)
                .add("identifier", datasetIri)
                .add("url", homeUrl)
                .add("name", title == null ? settings.publisherName() : title.value())
                .add("license", settings.dataLicense())
                .add("isAccessibleForFree", true)
                .add("creator", organisation)
                .add("publisher", organisation)
                .add("version", version.digest())
                .add("dateModified", PageDates.isoDate(version.modified()))
                .add("citation", citation);
        if (title != null) {
            json.add("inLanguage", JSON.createArrayBuilder().add("sv").add("en"));
        }
        if (description != null) {
            json.add("description", description.value());
        }
        JsonArrayBuilder distribution = JSON.createArrayBuilder();
        downloads.forEach(download -> distribution.add(JSON.createObjectBuilder()
                .add("@type", "DataDownload")
                .add("contentUrl", download.contentUrl())
                .add("encodingFormat", download.encodingFormat())));
        json.add("distribution", distribution);
        String temporal = coverage.temporal();
        if (temporal != null) {
            json.add("temporalCoverage", temporal);
        }
        if (!coverage.places().isEmpty()) {
            JsonArrayBuilder places = JSON.createArrayBuilder();
            for (Item place : coverage.places()) {
                places.add(JSON.createObjectBuilder().add("@type", "Place")
                        .add("name", place.label().value()).add("url", place.href()));
            }
            json.add("spatialCoverage", places);
        }
        return json.build().toString().replace("<", "\\u003c");
    }
}
