package se.linkoping.lod.admin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.linkoping.lod.load.Layer;
import se.linkoping.lod.load.Problem;
import se.linkoping.lod.load.ShapeCheck;
import se.linkoping.lod.model.Iris;

/**
 * The staff's edits laid over the data files at every load: each change of the {@link ChangeLog} that
 * is not itself a load of the files is replayed, oldest first, on the database just loaded from the
 * files, before it is served.
 *
 * <p>An edit that removed triples the files no longer hold (a file changed what the edit changed), or
 * that the shapes refuse over the new files, is a conflict: it is not applied, and it is recorded in
 * the {@link Conflicts} and the log, never dropped without a word. An edit the files already hold (its
 * removals gone, its additions there or removed again by a later edit, as after
 * {@code lod export --files}) is already in the files, and no conflict.
 */
public final class EditReplay implements Layer {

    private static final Logger LOG = LoggerFactory.getLogger(EditReplay.class);

    private final ChangeLog changeLog;
    private final Conflicts conflicts;
    private final Iris iris;

    public EditReplay(ChangeLog changeLog, Conflicts conflicts, Iris iris) {
        this.changeLog = changeLog;
        this.conflicts = conflicts;
        this.iris = iris;
    }

    @Override
    public boolean isEmpty() {
        return changeLog.entries().stream().noneMatch(ChangeLog.Entry::isEdit);
    }

    @Override
    public String applyTo(DatasetGraph database, String filesDigest) {
        List<ChangeLog.Entry> edits = changeLog.entries().stream().filter(ChangeLog.Entry::isEdit).toList();
        if (edits.isEmpty()) {
            conflicts.replace(List.of());
            return filesDigest;
        }
        List<Set<Triple>> removedLater = removedLater(edits);
        Outcome outcome;
        try {
            outcome = Txn.calculateWrite(database, () -> {
                Outcome all = replayAll(database, edits, removedLater, filesDigest, false);
                Graph graph = database.getDefaultGraph();
                if (!ShapeCheck.of(graph).check(graph).isEmpty()) {
                    throw new Refused(null);
                }
                return all;
            });
        } catch (Refused someEditBreaksTheShapes) {
            outcome = replayAll(database, edits, removedLater, filesDigest, true);
        }
        for (Conflicts.Conflict conflict : outcome.conflicts()) {
            LOG.warn("Conflict: {} by {} at {} was not replayed over the files: {}", conflict.operation(),
                    conflict.creator(), conflict.created(), conflict.reason());
        }
        conflicts.replace(outcome.conflicts());
        LOG.info("Replayed {} of {} staff edit(s) over the files; {} conflict(s)", outcome.applied(), edits.size(),
                outcome.conflicts().size());
        return outcome.version();
    }

    /** What a replay did: the version it reached, the edits applied, the conflicts. */
    private record Outcome(String version, int applied, List<Conflicts.Conflict> conflicts) {
    }

    /**
     * Replays the edits in order. All in the caller's write transaction, unchecked (the caller checks the
     * whole once); or, {@code oneByOne}, each in a transaction of its own, checked by the shapes, so that
     * the edits the shapes refuse are found and left out.
     */
    private Outcome replayAll(DatasetGraph database, List<ChangeLog.Entry> edits, List<Set<Triple>> removedLater,
                              String filesDigest, boolean oneByOne) {
        List<Conflicts.Conflict> found = new ArrayList<>();
        String version = filesDigest;
        int applied = 0;
        for (int i = 0; i < edits.size(); i++) {
            ChangeLog.Entry edit = edits.get(i);
            RDFPatch patch = edit.patch();
            Changes changes = Changes.of(patch, iris);
            Set<Triple> later = removedLater.get(i);
            Conflicts.Conflict conflict;
            if (oneByOne) {
                try {
                    conflict = Txn.calculateWrite(database, () -> replay(database, edit, changes, later, true));
                } catch (Refused refused) {
                    conflict = refused.conflict;
                }
            } else {
                conflict = replay(database, edit, changes, later, false);
            }
            if (conflict != null) {
                found.add(conflict);
            } else if (!changes.isEmpty()) {
                version = StaffWrites.nextVersion(version, patch);
                applied++;
            }
        }
        return new Outcome(version, applied, found);
    }

    /**
     * Replays one edit in the write transaction it is called in, checked by the shapes when asked; the
     * conflict, or null when it applied or was already there.
     */
    private static Conflicts.Conflict replay(DatasetGraph database, ChangeLog.Entry edit, Changes changes,
                                             Set<Triple> later, boolean checked) {
        Graph graph = database.getDefaultGraph();
        List<Triple> gone = changes.deleted.stream().filter(t -> !graph.contains(t)).toList();
        if (!gone.isEmpty()) {
            boolean alreadyThere = gone.size() == changes.deleted.size()
                    && changes.added.stream().allMatch(t -> graph.contains(t) || later.contains(t));
            return alreadyThere ? null : new Conflicts.Conflict(edit.name(), edit.creator(), edit.created(),
                    edit.operation(), "the files no longer hold " + gone.size() + " of the "
                    + changes.deleted.size() + " triple(s) it removed", Conflicts.terms(gone));
        }
        changes.deleted.forEach(graph::delete);
        changes.added.forEach(graph::add);
        if (!checked) {
            return null;
        }
        List<Problem> violations = ShapeCheck.of(graph).check(graph);
        if (!violations.isEmpty()) {
            throw new Refused(new Conflicts.Conflict(edit.name(), edit.creator(), edit.created(), edit.operation(),
                    "over the files the shapes refuse it: " + violations.get(0), List.of()));
        }
        return null;
    }

    /** Aborts the transaction of an edit the shapes refuse. */
    private static final class Refused extends RuntimeException {
        final transient Conflicts.Conflict conflict;

        /** @param conflict the edit refused, or null when the whole replay is */
        Refused(Conflicts.Conflict conflict) {
            super(conflict == null ? "the replay breaks the shapes" : conflict.reason(), null, false, false);
            this.conflict = conflict;
        }
    }

    /** For each edit, the triples some later edit removes. */
    private List<Set<Triple>> removedLater(List<ChangeLog.Entry> edits) {
        List<Set<Triple>> result = new ArrayList<>(edits.size());
        Set<Triple> removed = new HashSet<>();
        for (int i = edits.size() - 1; i >= 0; i--) {
            result.add(0, Set.copyOf(removed));
            removed.addAll(Changes.of(edits.get(i).patch(), iris).deleted);
        }
        return result;
    }

    /** The triples of the default graph a patch adds and deletes, leaving out the data version's stamp. */
    private static final class Changes extends RDFChangesBase {
        private static final Set<Node> STAMP = Set.of(OWL.versionInfo.asNode(), DCTerms.modified.asNode());

        final List<Triple> added = new ArrayList<>();
        final List<Triple> deleted = new ArrayList<>();
        private final Node dataset;

        private Changes(Node dataset) {
            this.dataset = dataset;
        }

        static Changes of(RDFPatch patch, Iris iris) {
            Changes changes = new Changes(NodeFactory.createURI(iris.dataset()));
            patch.apply(changes);
            return changes;
        }

        private boolean stamp(Node s, Node p) {
            return s.equals(dataset) && STAMP.contains(p);
        }

        boolean isEmpty() {
            return added.isEmpty() && deleted.isEmpty();
        }

        @Override
        public void add(Node g, Node s, Node p, Node o) {
            if (!stamp(s, p)) {
                added.add(Triple.create(s, p, o));
            }
        }

        @Override
        public void delete(Node g, Node s, Node p, Node o) {
            if (!stamp(s, p)) {
                deleted.add(Triple.create(s, p, o));
            }
        }
    }
}
