package se.linkoping.lod.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.linkoping.lod.admin.ChangeLog;

/** A version's notes count what its change did, from the change log the server writes. */
class ChangeNotesTest {

    @TempDir
    Path folder;

    @Test
    void theFirstLoadsNotesSayHowManyTriplesItAddedAndAnEditsCountItsTriples() {
        ChangeLog log = new ChangeLog(folder);
        log.recordFirstLoad(Instant.parse("2026-12-01T10:00:00Z"), "load", "load", "first", 1_001_106);
        Triple triple = Triple.create(NodeFactory.createURI("http://example.org/a"),
                NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("x"));
        log.record(Instant.parse("2026-12-01T11:00:00Z"), "editor", "edit", "second", changes -> {
            changes.add(null, triple.getSubject(), triple.getPredicate(), triple.getObject());
            changes.delete(null, triple.getSubject(), triple.getPredicate(), NodeFactory.createLiteralString("y"));
        });

        ChangeNotes notes = new ChangeNotes(folder);
        assertEquals(new ChangeNotes.Note("load", 1_001_106, 0), notes.of("first").orElseThrow());
        assertEquals(new ChangeNotes.Note("edit", 1, 1), notes.of("second").orElseThrow());
        assertEquals(List.of(), notes.of("never").stream().toList());
    }
}
