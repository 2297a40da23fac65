package se.linkoping.lod.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.NodeCmp;

import se.linkoping.lod.model.Iris;

/**
 * The {@link ResourceData} of one resource over SPARQL, in one query ({@code resource.rq}): the
 * triples of its description and one page of the links into it, as two kinds of row of one result.
 * The remote store uses it; {@link ResourceReader} reads the same from a local graph.
 *
 * <p>The rows are read as they come: description rows go straight into the page's graph, link rows
 * into {@link IncomingLink}s, and nothing else is built.
 */
final class ResourceQueries {

    private static final Var RESOURCE = Var.alloc("resource");
    private static final Var SUBJECT = Var.alloc("subject");
    private static final Var PROPERTY = Var.alloc("property");
    private static final Var VALUE = Var.alloc("value");
    private static final Var LINK = Var.alloc("link");
    private static final Var LINK_PROPERTY = Var.alloc("linkProperty");
    private static final Var TOTAL = Var.alloc("total");
    private static final Comparator<IncomingLink> BY_PROPERTY_THEN_SUBJECT = Comparator
            .comparing(IncomingLink::property, NodeCmp::compareRDFTerms)
            .thenComparing(IncomingLink::subject, NodeCmp::compareRDFTerms);

    private final Query resource;

    ResourceQueries(Iris iris) {
        this.resource = QueryResources.load("resource.rq", iris);
    }

    /** The query for the resource, with the links into it from {@code offset} on, at most {@code limit}. */
    Query resource(Node resource, long offset, int limit) {
        Query query = QueryTransformOps.replaceVars(this.resource, Map.of(RESOURCE, resource));
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery element) {
                Query links = element.getQuery();
                if (links.hasOrderBy()) {
                    links.setOffset(offset);
                    links.setLimit(limit);
                }
            }
        });
        return query;
    }

    /**
     * The data, from the rows of the query as they come. The links are put in the order the query
     * sorts them in (by property, then subject), whatever order the endpoint sends the rows in.
     */
    static ResourceData toData(Iterator<Binding> rows) {
        Model model = ModelFactory.createDefaultModel();
        Graph graph = model.getGraph();
        List<IncomingLink> incoming = new ArrayList<>();
        long total = 0;
        while (rows.hasNext()) {
            Binding row = rows.next();
            Node link = row.get(LINK);
            if (link == null) {
                graph.add(Triple.create(row.get(SUBJECT), row.get(PROPERTY), row.get(VALUE)));
                continue;
            }
            total = ((Number) row.get(TOTAL).getLiteralValue()).longValue();
            incoming.add(new IncomingLink(link, row.get(LINK_PROPERTY),
                    literal(model, row, "labelSv"), literal(model, row, "labelEn"), literal(model, row, "labelOther"),
                    literal(model, row, "propertyLabelSv"), literal(model, row, "propertyLabelEn")));
        }
        incoming.sort(BY_PROPERTY_THEN_SUBJECT);
        return new ResourceData(model, List.copyOf(incoming), total, 1);
    }

    private static Literal literal(Model model, Binding row, String name) {
        Node node = row.get(name);
        return node != null && node.isLiteral() ? model.asRDFNode(node).asLiteral() : null;
    }
}
