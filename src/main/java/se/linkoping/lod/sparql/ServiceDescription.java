package se.linkoping.lod.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;

import se.linkoping.lod.model.Iris;

/**
 * The SPARQL 1.1 Service Description of the endpoint: what it speaks, which result formats it
 * offers, which dataset it serves and its limits. Built from a Turtle template with IRIs relative
 * to the base.
 */
public final class ServiceDescription {

    private static final String TEMPLATE = "service-description.ttl";

    private ServiceDescription() {
    }

    /** The description of the endpoint at {@code {base}sparql}, with its query timeout and default limits. */
    public static Model build(Iris iris, Duration queryTimeout) {
        return build(iris, QueryLimits.DEFAULTS.withTimeout(queryTimeout));
    }

    /** The description of the endpoint at {@code {base}sparql}, with its limits. */
    public static Model build(Iris iris, QueryLimits limits) {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = ServiceDescription.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + TEMPLATE + " next to " + ServiceDescription.class.getName());
            }
            RDFParser.source(in).lang(Lang.TURTLE).base(iris.base()).parse(model);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + TEMPLATE, e);
        }
        model.setNsPrefix("rdfs", RDFS.getURI());
        model.createResource(iris.resolve(Iris.SPARQL_PATH))
                .addProperty(RDFS.comment, model.createLiteral(
                        "Read-only SPARQL 1.1 Query endpoint; updates and SERVICE are refused. "
                                + limits.describe(), "en"));
        return model;
    }
}
