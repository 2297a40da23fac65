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
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.model.LabelTerms;

/**
 * The {@link ResourceData} of one resource over SPARQL, in two queries: {@code describe.rq} (a
 * CONSTRUCT of its triples, its blank nodes and the labels of what it links to) and
 * {@code incoming.rq} (a SELECT of one page of links into it and their total). The remote store
 * uses them; {@link ResourceReader} reads the same from a local graph. The name properties in both
 * come from {@link LabelTerms}: each {@code VALUES ?labelProperty} gets {@link LabelTerms#LABELS}, each
 * {@value #NAMES} the path of {@link LabelTerms#NAMES}.
 */
final class ResourceQueries {

    /** The stand-in in {@code incoming.rq} for the path of the name properties. */
    static final String NAMES = "urn:lod:names";

    private static final Var LABEL_PROPERTY = Var.alloc("labelProperty");

    private final Query describe;
    private final Query incoming;

    ResourceQueries(Iris iris) {
        QueryLibrary queries = new QueryLibrary("store", iris);
        this.describe = QueryTransformOps.transform(queries.get("describe"), new NameProperties());
        this.incoming = QueryTransformOps.transform(queries.get("incoming"), new NameProperties());
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
