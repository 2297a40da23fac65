package se.linkoping.lod.generate;

import java.util.SplittableRandom;

import org.apache.jena.riot.system.StreamRDF;

import se.linkoping.lod.model.Iris;

/**
 * Generates data in our model at any size, for benchmarks: many municipalities, each with its culture
 * administration, source page, contact, strategy, twin towns, network memberships, partners and
 * international projects over the years 2014–2025, beside shared programmes, themes, countries and
 * networks. The data is valid against {@code ontology/shapes.ttl}.
 *
 * <p>Deterministic: one seed always gives the same triples in the same order. Municipalities are
 * written whole until at least the asked number of triples is reached, so the count exceeds it by at
 * most one municipality (a few hundred triples). IRIs are absolute, under the given base. Outside
 * identifiers (Wikidata, GeoNames) are taken from number ranges that name no real entity.
 */
public final class DataGenerator {

    /** Capacity of the samples of earlier towns and partners that later ones link to. */
    private static final int SAMPLE = 2000;

    private DataGenerator() {
    }

    /**
     * Streams the data into {@code out} (between {@code start()} and {@code finish()}).
     *
     * @param triples at least this many triples
     * @param seed    the seed of the random choices
     * @param iris    the base the IRIs lie under
     * @return the number of triples written
     */
    public static long generate(StreamRDF out, long triples, long seed, Iris iris) {
        SplittableRandom random = new SplittableRandom(seed);
        TripleSink sink = new TripleSink(out, iris);
        out.start();
        Prefixes.declare(out, iris);
        SharedThings shared = new SharedThings(sink);
        shared.write();
        Network.Registry networks = new Network.Registry(sink, shared);
        Municipality municipality = new Municipality(sink, shared, networks, new Pool(SAMPLE), new Pool(SAMPLE), random);
        long n = 0;
        do {
            networks.growFor(n, random);
            municipality.write(n++);
        } while (sink.count() < triples);
        out.finish();
        return sink.count();
    }
}
