package se.linkoping.lod.store;

import java.time.Instant;

import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;

import se.linkoping.lod.model.DateTimes;
import se.linkoping.lod.model.Iris;

/**
 * The {@link DataVersion} on the dataset resource: {@code owl:versionInfo} (the digest) and
 * {@code dct:modified}. Written here by the loader and by staff writes, read here by both stores
 * ({@code queries/store/data-version.rq}), so that all agree.
 */
public final class VersionStamp {

    private VersionStamp() {
    }

    /**
     * Writes the version on the dataset resource, replacing the one it had. Joins the caller's write
     * transaction if there is one.
     */
    public static void write(DatasetGraph dsg, Iris iris, String digest, Instant modified) {
        Node dataset = NodeFactory.createURI(iris.dataset());
        Txn.executeWrite(dsg, () -> {
            Graph g = dsg.getDefaultGraph();
            g.remove(dataset, DCTerms.modified.asNode(), Node.ANY);
            g.remove(dataset, OWL.versionInfo.asNode(), Node.ANY);
            g.add(dataset, DCTerms.modified.asNode(), DateTimes.exact(modified));
            g.add(dataset, OWL.versionInfo.asNode(), NodeFactory.createLiteralString(digest));
        });
    }

    /** The version in the dataset, or {@link DataVersion#NONE}; in the caller's transaction. */
    public static DataVersion read(DatasetGraph dsg, Iris iris) {
        try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query(iris)).build()) {
            return fromResults(exec.execSelect());
        }
    }

    /** The version query, its relative IRIs resolved against the base. */
    static Query query(Iris iris) {
        return new QueryLibrary("store", iris).get("data-version");
    }

    /** The version in the results, or {@link DataVersion#NONE} when the dataset carries none. */
    static DataVersion fromResults(ResultSet results) {
        if (!results.hasNext()) {
            return DataVersion.NONE;
        }
        QuerySolution row = results.next();
        Literal modified = row.getLiteral("modified");
        if (!(modified.getValue() instanceof XSDDateTime dateTime)) {
            throw new IllegalStateException("dct:modified of the dataset is not an xsd:dateTime: " + modified);
        }
        Instant instant = dateTime.asCalendar().toInstant();
        return new DataVersion(row.getLiteral("digest").getLexicalForm(), instant);
    }
}
