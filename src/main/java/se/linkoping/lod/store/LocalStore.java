package se.linkoping.lod.store;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

import se.linkoping.lod.model.Iris;

/**
 * A {@link Store} over the embedded TDB2 dataset (or any transactional {@link DatasetGraph}).
 *
 * <p>Each call runs in its own read transaction and copies its results out before the transaction
 * ends; a streamed CONSTRUCT holds its transaction until the last triple is passed on. The data
 * version of a dataset that {@linkplain CountsWrites counts its writes} (the one {@code serve} serves) is
 * re-read after each write committed through it, so it is exact the moment a write or a reload is done;
 * of any other dataset, at most every {@link #VERSION_TTL}.
 */
public final class LocalStore implements Store {

    /** How long a data version read from a dataset that does not count its writes is reused. */
    public static final Duration VERSION_TTL = Duration.ofSeconds(2);

    private final Dataset dataset;
    private final VersionCache version;

    /** A store over the dataset; the base resolves the dataset resource that carries the version. */
    public LocalStore(DatasetGraph datasetGraph, Iris iris) {
        this.dataset = DatasetFactory.wrap(datasetGraph);
        Query versionQuery = VersionStamp.query(iris);
        Supplier<DataVersion> reader = () -> read(versionQuery, exec -> VersionStamp.fromResults(exec.execSelect()));
        this.version = datasetGraph instanceof CountsWrites counted
                ? new VersionCache(reader, counted::writes)
                : new VersionCache(reader, VERSION_TTL, Clock.systemUTC());
    }

    @Override
    public ResultSetRewindable select(Query query) {
        return read(query, exec -> exec.execSelect().rewindable());
    }

    @Override
    public Model construct(Query query) {
        return read(query, exec -> query.isDescribeType() ? exec.execDescribe() : exec.execConstruct());
    }

    @Override
    public void streamConstruct(Query query, StreamRDF sink) {
        read(query, exec -> {
            Map<String, String> prefixes = new LinkedHashMap<>(dataset.asDatasetGraph().prefixes().getMapping());
            prefixes.putAll(query.getPrefixMapping().getNsPrefixMap());
            return ConstructStream.pass(sink, prefixes, exec.execConstructTriples());
        });
    }

    /** Reads the resource from the indexes in one read transaction, planning no query. */
    @Override
    public ResourceData resource(String iri, long incomingOffset, int incomingLimit) {
        DatasetGraph graphs = dataset.asDatasetGraph();
        return Txn.calculateRead(graphs, () -> ResourceReader.read(graphs.getDefaultGraph(),
                NodeFactory.createURI(iri), incomingOffset, incomingLimit));
    }

    /** True when the dataset names a text index in its context, as {@link StoreDirectory#openCurrent} does. */
    @Override
    public boolean fullTextIndex() {
        return dataset.getContext().isDefined(TextQuery.textIndex);
    }

    @Override
    public boolean ask(Query query) {
        return read(query, QueryExecution::execAsk);
    }

    @Override
    public DataVersion version() {
        return version.get();
    }

    @Override
    public void close() {
        // The dataset belongs to whoever opened it; this store holds nothing of its own.
    }

    private <T> T read(Query query, Function<QueryExecution, T> run) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
                return run.apply(exec);
            }
        });
    }
}
