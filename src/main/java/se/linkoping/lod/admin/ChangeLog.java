package se.linkoping.lod.admin;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfpatch.PatchHeader;
import org.apache.jena.rdfpatch.RDFChanges;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.rdfpatch.text.RDFChangesWriterText;
import org.apache.jena.sparql.core.Quad;

import se.linkoping.lod.store.StoreDirectory;

/**
 * The record of every accepted staff write: one RDF Patch file per change in a folder, named so that
 * they sort in the order they were made ({@code 20260101-120000-000-0001-update.rdfp}). Each patch's
 * header says when ({@code created}), who ({@code creator}), what kind of write ({@code operation})
 * and the data version it produced ({@code version}); its body holds the triples added and deleted
 * (for a load of the files, the difference between the graph served before and the one served after;
 * for the first load into an empty store, none: its header says how many triples it {@value #ADDED}).
 *
 * <p>A patch is written after its change is committed, to a temporary file then renamed, so a
 * file in the folder is always whole.
 */
public final class ChangeLog {

    /** The header keys beside RDF Patch's own {@code id}. */
    public static final String CREATED = "created";
    public static final String CREATOR = "creator";
    public static final String OPERATION = "operation";
    public static final String VERSION = "version";
    /**
     * The header key of the number of triples a first load added, whose entry holds no triples: into an
     * empty store everything is added, and the data itself is its record.
     */
    public static final String ADDED = "added";
    /** The change log's folder in the store folder, unless configured otherwise. */
    public static final String FOLDER = "changes";

    /**
     * The operations that load the data files (a reload, an upload, a start with changed files): their
     * record is the files, so they are not replayed over them.
     */
    private static final Pattern LOAD_OPERATION = Pattern.compile("(reload|load|start|upload)( .*)?");

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final Path folder;
    private final AtomicLong sequence = new AtomicLong();

    public ChangeLog(Path folder) {
        this.folder = folder;
    }

    /** The change log in this folder; null for {@value #FOLDER} in the store folder. */
    public static ChangeLog of(Path folder, StoreDirectory store) {
        return new ChangeLog(folder != null ? folder : store.root().resolve(FOLDER));
    }

    public Path folder() {
        return folder;
    }

    /** True for an operation that loaded the data files rather than edited the data. */
    public static boolean isLoad(String operation) {
        return LOAD_OPERATION.matcher(operation).matches();
    }

    /**
     * The triples of the default graph one change added and deleted.
     *
     * @param added   what it added
     * @param deleted what it deleted
     */
    public record Triples(List<Triple> added, List<Triple> deleted) {

        /** How many triples in all. */
        public long size() {
            return added.size() + deleted.size();
        }

        /** True when a triple added or deleted is about the thing. */
        public boolean about(Node thing) {
            return added.stream().anyMatch(t -> t.getSubject().equals(thing))
                    || deleted.stream().anyMatch(t -> t.getSubject().equals(thing));
        }
    }

    /** One recorded change: its file and its header; the triples it added and deleted are read when asked. */
    public record Entry(Path file, PatchHeader header) {

        /** The change itself, read from its file each time it is asked for: a load's is as large as its difference. */
        public RDFPatch patch() {
            try (InputStream in = Files.newInputStream(file)) {
                return RDFPatchOps.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the change log entry " + file, e);
            }
        }

        public String operation() {
            return text(OPERATION);
        }

        public String creator() {
            return text(CREATOR);
        }

        public Instant created() {
            return Instant.parse(text(CREATED));
        }

        /** The file's name, which names the change in the log. */
        public String name() {
            return file.getFileName().toString();
        }

        /** The triples of the default graph the change added and deleted, read from its file in one pass. */
        public Triples triples() {
            List<Triple> added = new ArrayList<>();
            List<Triple> deleted = new ArrayList<>();
            patch().apply(new RDFChangesBase() {
                @Override
                public void add(Node g, Node s, Node p, Node o) {
                    if (g == null || Quad.isDefaultGraph(g)) {
                        added.add(Triple.create(s, p, o));
                    }
                }

                @Override
                public void delete(Node g, Node s, Node p, Node o) {
                    if (g == null || Quad.isDefaultGraph(g)) {
                        deleted.add(Triple.create(s, p, o));
                    }
                }
            });
            return new Triples(added, deleted);
        }

        /** How many triples the change added and deleted: the header's count for a first load, else the patch's. */
        public long size() {
            Node added = header.get(ADDED);
            return added != null ? Long.parseLong(added.getLiteralLexicalForm()) : triples().size();
        }

        /** True when the change edited the data rather than loaded the files. */
        public boolean isEdit() {
            return !isLoad(operation());
        }

        private String text(String key) {
            Node value = header.get(key);
            return value == null ? "" : value.getLiteralLexicalForm();
        }
    }

    /**
     * Every recorded change, oldest first, read as far as its header.
     *
     * @throws UncheckedIOException when the folder or an entry cannot be read
     */
    public List<Entry> entries() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> sorted = files.filter(f -> f.getFileName().toString().endsWith(".rdfp")
                    && !f.getFileName().toString().startsWith(".")).sorted().toList();
            List<Entry> entries = new ArrayList<>(sorted.size());
            for (Path file : sorted) {
                try (InputStream in = Files.newInputStream(file)) {
                    entries.add(new Entry(file, RDFPatchOps.readHeader(in)));
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the change log in " + folder, e);
        }
    }

    /**
     * Records one change.
     *
     * @return the file written
     */
    public Path record(Instant when, String who, String operation, String version, RDFPatch changes) {
        return record(when, who, operation, version, changes::apply);
    }

    /**
     * Records one change whose triples the body writes, one at a time, so that a change of any size
     * is written without being held in memory.
     *
     * @return the file written
     */
    public Path record(Instant when, String who, String operation, String version, Consumer<RDFChanges> body) {
        return record(when, who, operation, version, Map.of(), body);
    }

    /**
     * Records the first load into an empty store: its header, with the number of triples it added, and
     * no triples.
     *
     * @return the file written
     */
    public Path recordFirstLoad(Instant when, String who, String operation, String version, long added) {
        return record(when, who, operation, version,
                Map.of(ADDED, NodeFactory.createLiteralDT(Long.toString(added), XSDDatatype.XSDlong)), changes -> { });
    }

    private Path record(Instant when, String who, String operation, String version, Map<String, Node> more,
                        Consumer<RDFChanges> body) {
        Map<String, Node> header = new LinkedHashMap<>();
        header.put("id", NodeFactory.createURI("uuid:" + UUID.randomUUID()));
        header.put(CREATED, NodeFactory.createLiteralDT(when.toString(), XSDDatatype.XSDdateTime));
        header.put(CREATOR, NodeFactory.createLiteralString(who));
        header.put(OPERATION, NodeFactory.createLiteralString(operation));
        header.put(VERSION, NodeFactory.createLiteralString(version));
        header.putAll(more);
        String name = STAMP.format(when) + String.format("-%04d-", sequence.incrementAndGet())
                + operation.replaceAll("[^A-Za-z0-9]+", "-") + ".rdfp";
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, ".writing-", ".rdfp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                RDFChangesWriterText writer = RDFPatchOps.textWriter(out);
                writer.start();
                header.forEach(writer::header);
                body.accept(writer);
                writer.finish();
            }
            return Files.move(temporary, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the change log entry " + name + " in " + folder, e);
        }
    }
}
