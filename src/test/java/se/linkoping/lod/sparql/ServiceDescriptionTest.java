package se.linkoping.lod.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

import se.linkoping.lod.model.Iris;

/** The service description as data, without a server. */
class ServiceDescriptionTest {

    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final Property SD_ENDPOINT = ResourceFactory.createProperty(SD, "endpoint");
    static final Property SD_SUPPORTED_LANGUAGE = ResourceFactory.createProperty(SD, "supportedLanguage");
    static final Property SD_RESULT_FORMAT = ResourceFactory.createProperty(SD, "resultFormat");
    static final Property SD_DEFAULT_DATASET = ResourceFactory.createProperty(SD, "defaultDataset");

    private final Model description = ServiceDescription.build(new Iris("https://data.example.se/lod/"), Duration.ofSeconds(17));
    private final Resource service = description.createResource("https://data.example.se/lod/sparql");

    @Test
    void describesTheServiceAtTheBase() {
        assertTrue(description.contains(service, RDF.type, description.createResource(SD + "Service")));
        assertTrue(description.contains(service, SD_ENDPOINT, service));
        assertTrue(description.contains(service, SD_SUPPORTED_LANGUAGE, description.createResource(SD + "SPARQL11Query")));
        assertTrue(description.contains(service, SD_DEFAULT_DATASET,
                description.createResource("https://data.example.se/lod/id/dataset/main")));
    }

    @Test
    void listsEveryResultFormatServed() {
        Set<String> formats = description.listObjectsOfProperty(service, SD_RESULT_FORMAT).toList().stream()
                .map(RDFNode::asResource).map(Resource::getURI).collect(Collectors.toSet());
        String ns = "http://www.w3.org/ns/formats/";
        assertEquals(Set.of(ns + "SPARQL_Results_JSON", ns + "SPARQL_Results_XML", ns + "SPARQL_Results_CSV",
                ns + "SPARQL_Results_TSV", ns + "Turtle", ns + "JSON-LD", ns + "RDF_XML", ns + "N-Triples"), formats);
    }

    @Test
    void statesTheTimeout() {
        String comment = description.getRequiredProperty(service, RDFS.comment).getString();
        assertTrue(comment.contains("17 seconds"), comment);
    }

    @Test
    void mintsNoOtherHost() {
        description.listStatements().forEachRemaining(statement -> {
            if (statement.getSubject().isURIResource()) {
                assertTrue(statement.getSubject().getURI().startsWith("https://data.example.se/lod/"), statement.toString());
            }
        });
    }
}
