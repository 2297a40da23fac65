package se.linkoping.lod.admin;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfpatch.RDFChanges;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.text.RDFChangesWriterText;

import se.linkoping.lod.store.StoreDirectory;

/**
 * The record of every accepted staff write: one RDF Patch file per change in a folder, named so that
 * they sort in the order they were made ({@code 20260101-120000-000-0001-update.rdfp}). Each patch's
 * header says when ({@code created}), who ({@code creator}), what kind of write ({@code operation})
 * and the data version it produced ({@code version}); its body holds the triples added and deleted
 * (for a load of the files, the difference between the graph served before and the one served after).
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
    /** The change log's folder in the store folder, unless configured otherwise. */
    public static final String FOLDER = "changes";

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
        Map<String, Node> header = new LinkedHashMap<>();
        header.put("id", NodeFactory.createURI("uuid:" + UUID.randomUUID()));
        header.put(CREATED, NodeFactory.createLiteralDT(when.toString(), XSDDatatype.XSDdateTime));
        header.put(CREATOR, NodeFactory.createLiteralString(who));
        header.put(OPERATION, NodeFactory.createLiteralString(operation));
        header.put(VERSION, NodeFactory.createLiteralString(version));
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
