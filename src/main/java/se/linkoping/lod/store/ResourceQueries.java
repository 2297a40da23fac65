package se.linkoping.lod.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

import se.linkoping.lod.model.Iris;

/**
 * The {@link ResourceData} of one resource over SPARQL, in two queries: {@code describe.rq} (a
 * CONSTRUCT of its triples, its blank nodes and the labels of what it links to) and
 * {@code incoming.rq} (a SELECT of one page of links into it and their total). The remote store
 * uses them; {@link ResourceReader} reads the same from a local graph.
 */
final class ResourceQueries {

    private final Query describe;
    private final Query incoming;

    ResourceQueries(Iris iris) {
        this.describe = QueryResources.load("describe.rq", iris);
        this.incoming = QueryResources.load("incoming.rq", iris);
    }

    /** The CONSTRUCT query for the resource. */
    Query describe(Node resource) {
        return bind(describe, resource);
    }

    /** The SELECT query for one page of the links into the resource. */
    Query incoming(Node resource, long offset, int limit) {
        Query query = bind(incoming, resource);
        query.setOffset(offset);
        query.setLimit(limit);
        return query;
    }

    /** The data, from the results of the two queries. */
    static ResourceData toData(Model described, ResultSet incomingRows) {
        List<IncomingLink> incoming = new ArrayList<>();
        long total = 0;
        while (incomingRows.hasNext()) {
            QuerySolution row = incomingRows.next();
            total = row.getLiteral("total").getLong();
            incoming.add(new IncomingLink(row.get("subject").asNode(), row.get("property").asNode(),
                    literal(row, "labelSv"), literal(row, "labelEn"), literal(row, "labelOther"),
                    literal(row, "propertyLabelSv"), literal(row, "propertyLabelEn")));
        }
        return new ResourceData(described, List.copyOf(incoming), total, 2);
    }

    private static Query bind(Query template, Node resource) {
        return QueryTransformOps.replaceVars(template, Map.of(Var.alloc("resource"), resource));
    }

    private static Literal literal(QuerySolution row, String name) {
        RDFNode node = row.get(name);
        return node != null && node.isLiteral() ? node.asLiteral() : null;
    }
}
