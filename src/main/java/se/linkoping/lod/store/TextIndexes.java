package se.linkoping.lod.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDocProducer;
import org.apache.jena.query.text.TextDocProducerTriples;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.query.text.analyzer.Util;
import org.apache.jena.query.text.changes.TextQuadAction;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.linkoping.lod.model.LabelTerms;

/**
 * The full-text index of a database: one Lucene index (Jena's {@code jena-text}) in the folder
 * {@value #FOLDER} of the database's generation, over every literal of the {@link LabelTerms#SEARCHED}
 * properties, one document per triple.
 *
 * <p>Every value is indexed in the field {@value #FIELD} (words lower-cased and diacritics folded: "Tonsberg"
 * finds Tønsberg) and, for Swedish and English, also in {@code text_sv} and {@code text_en} with
 * stemming, so that inflections match ({@link FoldingAnalyzer}). A load builds the index into the new
 * generation before it is put in service, so a refused load leaves the old index with the old data;
 * staff writes go through the {@link DatasetGraphText} that {@link #open} returns, which changes the
 * index in the same transaction, triple by triple.
 */
public final class TextIndexes {

    /** The folder of the index in a generation. */
    public static final String FOLDER = "text";
    /** The field every value is indexed in, folded, not stemmed. */
    public static final String FIELD = "text";
    /** The field of the language tag; {@code FIELD_xx} holds the values in language xx. */
    public static final String LANG_FIELD = "lang";

    private static final Logger LOG = LoggerFactory.getLogger(TextIndexes.class);
    private static final String ENTITY_FIELD = "uri";
    private static final String UID_FIELD = "uid";
    private static final Map<Path, DatasetGraphText> OPEN = new ConcurrentHashMap<>();

    static {
        Util.addAnalyzer("sv", new FoldingAnalyzer(FoldingAnalyzer.Language.SWEDISH));
        Util.addAnalyzer("en", new FoldingAnalyzer(FoldingAnalyzer.Language.ENGLISH));
    }

    private TextIndexes() {
    }

    /**
     * The database with its text index: a {@link DatasetGraphText} whose writes keep the index current
     * and whose context names the index for {@code text:query}. Builds the index first when the
     * generation has none (a store loaded or restored without one). One per generation in a process.
     */
    static DatasetGraph open(Path generation, DatasetGraph database) {
        Path folder = generation.toAbsolutePath().normalize();
        DatasetGraphText open = OPEN.get(folder);
        if (open != null && open.getWrapped() == database) {
            return open;
        }
        if (open != null) {
            closeIndex(open.getTextIndex());
        }
        if (!Files.isDirectory(folder.resolve(FOLDER))) {
            LOG.info("The database {} has no text index yet: building it", folder.getFileName());
            build(folder, database);
        }
        TextIndex index = index(folder.resolve(FOLDER));
        database.getContext().set(TextQuery.textIndex, index);
        DatasetGraphText text = new DatasetGraphText(database, index, new DefaultGraphOnce(index), true);
        OPEN.put(folder, text);
        return text;
    }

    /** Closes the index of a dataset {@link #open} returned and frees its database; any other is freed as it is. */
    static void release(DatasetGraph dataset) {
        if (dataset instanceof DatasetGraphText text) {
            OPEN.values().remove(text);
            closeIndex(text.getTextIndex());
            TDBInternal.expel(text.getWrapped());
        } else {
            TDBInternal.expel(dataset);
        }
    }

    /**
     * Closes an index without writing to it: every change was committed with its transaction, and the
     * folder of a database a reload retired may be gone already.
     */
    private static void closeIndex(TextIndex index) {
        if (index instanceof TextIndexLucene lucene) {
            try {
                lucene.getIndexWriter().rollback();
            } catch (IOException e) {
                LOG.debug("Closing the text index: {}", e.getMessage());
            }
        } else {
            index.close();
        }
    }

    /**
     * Builds the text index of a database into its generation, replacing any: written beside it, then
     * moved into place, so that a build that fails half-way leaves no index that looks complete.
     *
     * @return the number of values indexed
     */
    public static long build(Path generation, DatasetGraph database) {
        long start = System.nanoTime();
        Path target = generation.resolve(FOLDER);
        Path building = generation.resolve(FOLDER + ".building");
        try {
            deleteIfThere(building);
            long values;
            TextIndex index = index(building);
            try {
                values = Txn.calculateRead(database, () -> addAll(index, database));
                index.commit();
            } finally {
                index.close();
            }
            deleteIfThere(target);
            Files.move(building, target, StandardCopyOption.ATOMIC_MOVE);
            LOG.info(String.format("Indexed %,d values for full-text search in %.1f s", values,
                    (System.nanoTime() - start) / 1e9));
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the text index in " + generation, e);
        }
    }

    private static void deleteIfThere(Path folder) throws IOException {
        if (Files.exists(folder)) {
            Folders.deleteTree(folder);
        }
    }

    private static long addAll(TextIndex index, DatasetGraph database) {
        EntityDefinition definition = index.getDocDef();
        long values = 0;
        for (Property property : LabelTerms.SEARCHED) {
            var found = database.find(Quad.defaultGraphIRI, Node.ANY, property.asNode(), Node.ANY);
            while (found.hasNext()) {
                Quad quad = found.next();
                if (quad.getObject().isLiteral()) {
                    index.addEntity(TextQueryFuncs.entityFromQuad(definition, Quad.defaultGraphIRI,
                            quad.getSubject(), quad.getPredicate(), quad.getObject()));
                    values++;
                }
            }
        }
        return values;
    }

    private static TextIndex index(Path folder) {
        try {
            Files.createDirectories(folder);
            return new WriterOwnedLuceneIndex(FSDirectory.open(folder), config());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the text index " + folder, e);
        }
    }

    private static TextIndexConfig config() {
        EntityDefinition definition = new EntityDefinition(ENTITY_FIELD, FIELD);
        for (Property property : LabelTerms.SEARCHED) {
            definition.set(FIELD, property.asNode());
        }
        definition.setLangField(LANG_FIELD);
        definition.setUidField(UID_FIELD);
        TextIndexConfig config = new TextIndexConfig(definition);
        config.setAnalyzer(new FoldingAnalyzer(FoldingAnalyzer.Language.NONE));
        config.setMultilingualSupport(true);
        config.setValueStored(true);
        return config;
    }

    /**
     * One document per triple, with the default graph always named the same way: an update names it
     * differently from a Graph Store write, and a document is removed by a checksum that includes it.
     */
    private static final class DefaultGraphOnce implements TextDocProducer {
        private final TextDocProducer triples;

        DefaultGraphOnce(TextIndex index) {
            this.triples = new TextDocProducerTriples(index);
        }

        @Override
        public void start() {
            triples.start();
        }

        @Override
        public void finish() {
            triples.finish();
        }

        @Override
        public void reset() {
            triples.reset();
        }

        @Override
        public void change(TextQuadAction action, Node g, Node s, Node p, Node o) {
            if (g == null || Quad.isDefaultGraph(g)) {
                triples.change(action, Quad.defaultGraphIRI, s, p, o);
            }
        }
    }
}
