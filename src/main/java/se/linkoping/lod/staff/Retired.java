package se.linkoping.lod.staff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Triple;

import se.linkoping.lod.admin.ChangeLog;

/**
 * The things staff deleted, from the change log's {@code delete IRI} changes: when each went, who deleted
 * it and what it held. Read again only when the change log's folder changed.
 */
final class Retired {

    /** Operations that retire a thing start with this. */
    static final String DELETE = "delete ";

    /** A deleted thing. */
    record Thing(String iri, Instant when, String who, List<Triple> held) {
    }

    private final ChangeLog changeLog;
    private volatile FileTime readAt;
    private volatile Map<String, Thing> things = Map.of();

    Retired(ChangeLog changeLog) {
        this.changeLog = changeLog;
    }

    /** The deleted thing of this IRI, if one was deleted (and not made again since: the caller checks the data). */
    Optional<Thing> find(String iri) {
        return Optional.ofNullable(all().get(iri));
    }

    /** Every deleted thing by IRI. */
    Map<String, Thing> all() {
        FileTime modified = modified();
        if (modified == null) {
            return Map.of();
        }
        if (!modified.equals(readAt)) {
            Map<String, Thing> read = new LinkedHashMap<>();
            for (ChangeLog.Entry entry : changeLog.entries()) {
                if (entry.operation().startsWith(DELETE)) {
                    String iri = entry.operation().substring(DELETE.length());
                    read.put(iri, new Thing(iri, entry.created(), entry.creator(), entry.triples().deleted()));
                }
            }
            things = Map.copyOf(read);
            readAt = modified;
        }
        return things;
    }

    private FileTime modified() {
        try {
            return Files.isDirectory(changeLog.folder()) ? Files.getLastModifiedTime(changeLog.folder()) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
