package se.linkoping.lod.web;

import java.io.ByteArrayOutputStream;
import java.util.Map;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.sparql.core.DatasetGraphFactory;

import se.linkoping.lod.model.MediaTypes.Format;

/**
 * Writes models in the formats of the media-type table, with Jena's writers. JSON-LD is Jena's
 * conversion to JSON-LD, compacted by Titanium (Jena's JSON-LD engine) with our curated context,
 * whose URL then stands in the document's {@code @context}.
 */
public final class RdfWriting {

    private final JsonLdContext context;

    public RdfWriting(JsonLdContext context) {
        this.context = context;
    }

    /** The model in the format, UTF-8, with the context's prefixes. */
    public byte[] write(Model model, Format format) {
        model.setNsPrefixes(context.prefixes());
        if (format.lang().equals(Lang.JSONLD)) {
            return jsonLd(model);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(model).format(format.writer()).output(out);
        return out.toByteArray();
    }

    private byte[] jsonLd(Model model) {
        try {
            JsonArray expanded = JsonLd.fromRdf(
                    RdfDocument.of(JenaTitanium.convert(DatasetGraphFactory.wrap(model.getGraph())))).get();
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(context.document())).get();
            JsonObject published = Json.createObjectBuilder(compacted).add("@context", context.url()).build();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
                writer.write(published);
            }
            return out.toByteArray();
        } catch (JsonLdError e) {
            throw new IllegalStateException("Cannot write JSON-LD: " + e.getMessage(), e);
        }
    }
}
