package se.linkoping.lod.store;

import java.time.Instant;

import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;

import se.linkoping.lod.model.Iris;

/**
 * The query that reads the {@link DataVersion} from the dataset resource, and the mapping of its
 * results; shared by both stores so that they agree.
 */
final class DataVersionQuery {

    private static final String RESOURCE = "data-version.rq";

    private DataVersionQuery() {
    }

    /** The version query, its relative IRIs resolved against the base. */
    static Query query(Iris iris) {
        return QueryResources.load(RESOURCE, iris);
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
