package se.linkoping.lod.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;

import se.linkoping.lod.store.Store;

/**
 * Fetches the {@link Description} of a resource with two queries, whatever its size: one
 * CONSTRUCT for its own triples and the labels of what it links to ({@code describe.rq}), one
 * SELECT for a page of incoming links and their total ({@code incoming.rq}).
 */
public final class ResourceDescriber {

    /** Incoming links per page, in HTML pages and in RDF documents. */
    public static final int PAGE_SIZE = 100;

    private final WebQueries queries;

    public ResourceDescriber(WebQueries queries) {
        this.queries = queries;
    }

    /** Describes a resource, with the given page (from 1) of incoming links. */
    public Description describe(Store store, String iri, int page) {
        var binding = Map.of("resource", NodeFactory.createURI(iri));
        Model model = store.construct(queries.get("describe", binding));

        Query incomingQuery = queries.get("incoming", binding);
        incomingQuery.setLimit(PAGE_SIZE);
        incomingQuery.setOffset((long) (page - 1) * PAGE_SIZE);
        ResultSetRewindable rows = store.select(incomingQuery);

        List<IncomingLink> incoming = new ArrayList<>();
        long total = 0;
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            total = row.getLiteral("total").getLong();
            incoming.add(new IncomingLink(row.get("subject").asNode(), row.get("property").asNode(),
                    literal(row, "labelSv"), literal(row, "labelEn"), literal(row, "labelOther"),
                    literal(row, "propertyLabelSv"), literal(row, "propertyLabelEn")));
        }
        return new Description(model.createResource(iri), model, List.copyOf(incoming), total, page, PAGE_SIZE);
    }

    private static Literal literal(QuerySolution row, String name) {
        RDFNode node = row.get(name);
        return node != null && node.isLiteral() ? node.asLiteral() : null;
    }
}
