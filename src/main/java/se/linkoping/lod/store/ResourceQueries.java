package se.linkoping.lod.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.NodeCmp;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.model.LabelTerms;

/**
 * The {@link ResourceData} of one resource over SPARQL, in one query ({@code resource.rq}): the
 * triples of its description and one page of the links into it, as two kinds of row of one result.
 * The remote store uses it; {@link ResourceReader} reads the same from a local graph. The name
 * properties come from {@link LabelTerms}: each {@code VALUES ?labelProperty} gets
 * {@link LabelTerms#LABELS}, each {@value #NAMES} the path of {@link LabelTerms#NAMES}.
 *
 * <p>The rows are read as they come: description rows go straight into the page's graph, link rows
 * into {@link IncomingLink}s, and nothing else is built.
 */
final class ResourceQueries {

    /** The stand-in in {@code resource.rq} for the path of the name properties. */
    static final String NAMES = "urn:lod:names";

    private static final Var LABEL_PROPERTY = Var.alloc("labelProperty");
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
    private volatile FirstPage firstPage;

    ResourceQueries(Iris iris) {
        this.resource = QueryTransformOps.transform(new QueryLibrary("store", iris).get("resource"),
                new NameProperties());
    }

    /** Fills in the name properties of {@link LabelTerms}. */
    private static final class NameProperties extends ElementTransformCopyBase {

        @Override
        public Element transform(ElementData data) {
            if (!data.getVars().equals(List.of(LABEL_PROPERTY))) {
                return data;
            }
            List<Binding> rows = LabelTerms.nodes(LabelTerms.LABELS).stream()
                    .map(property -> BindingFactory.binding(LABEL_PROPERTY, property)).toList();
            return new ElementData(List.of(LABEL_PROPERTY), rows);
        }

        @Override
        public Element transform(ElementPathBlock block) {
            ElementPathBlock filled = new ElementPathBlock();
            for (TriplePath triple : block.getPattern()) {
                boolean names = triple.isTriple() && triple.getPredicate().isURI()
                        && triple.getPredicate().getURI().equals(NAMES);
                filled.addTriplePath(names ? new TriplePath(triple.getSubject(), namesPath(), triple.getObject()) : triple);
            }
            return filled;
        }

        private static Path namesPath() {
            List<Node> names = LabelTerms.nodes(LabelTerms.NAMES);
            Path path = PathFactory.pathLink(names.get(0));
            for (Node name : names.subList(1, names.size())) {
                path = PathFactory.pathAlt(path, PathFactory.pathLink(name));
            }
            return path;
        }
    }

    /**
     * The text of the query for the resource, with the links into it from {@code offset} on, at most
     * {@code limit}, as the remote store sends it ({@link RemoteStore#text}). Printing the query costs
     * a remote page about a fifth of its own work, so the first page of links is printed once, with
     * the resource left a variable, and each resource's IRI is put into that text by Jena's
     * {@link ParameterizedSparqlString}.
     */
    String text(Node resource, long offset, int limit) {
        String template;
        if (offset == 0) {
            FirstPage page = firstPage;
            if (page == null || page.limit() != limit) {
                page = new FirstPage(limit, RemoteStore.text(paged(offset, limit)));
                firstPage = page;
            }
            template = page.text();
        } else {
            template = RemoteStore.text(paged(offset, limit));
        }
        ParameterizedSparqlString text = new ParameterizedSparqlString(template);
        text.setParam(RESOURCE.getVarName(), resource);
        return text.toString();
    }

    /** The printed query of a first page of links, for one number of links. */
    private record FirstPage(int limit, String text) {
    }

    /** A copy of the query with the page of links set on its sub-query of links. */
    private Query paged(long offset, int limit) {
        Query query = resource.cloneQuery();
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
