package se.linkoping.lod.store;

import java.util.Iterator;
import java.util.Map;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;

/** How both stores hand a streamed CONSTRUCT on: {@code start}, the prefixes, every triple, {@code finish}. */
final class ConstructStream {

    private ConstructStream() {
    }

    static StreamRDF pass(StreamRDF sink, Map<String, String> prefixes, Iterator<Triple> triples) {
        sink.start();
        prefixes.forEach(sink::prefix);
        triples.forEachRemaining(sink::triple);
        sink.finish();
        return sink;
    }
}
