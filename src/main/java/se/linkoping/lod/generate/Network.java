package se.linkoping.lod.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * A generated network of municipalities.
 *
 * @param node its IRI
 * @param slug the last segment of its IRI
 * @param name its short name
 */
record Network(Node node, String slug, String name) {

    /** How many municipalities there are per network, roughly. */
    static final int MUNICIPALITIES_PER_NETWORK = 20;

    private static final List<String[]> KINDS = List.of(
            new String[] {"Nordiskt kulturnätverk", "Nordic Culture Network", "NCN"},
            new String[] {"Europeiska bibliotek", "European Libraries", "EBL"},
            new String[] {"Fristadsstäder", "Cities of Refuge", "COR"},
            new String[] {"Unga i Europa", "Youth in Europe", "YIE"},
            new String[] {"Kulturarvsnätverket", "Heritage Network", "HER"},
            new String[] {"Östersjöstäder", "Baltic Cities", "BCN"});

    /** The networks written so far; writes a new one every {@link #MUNICIPALITIES_PER_NETWORK} municipalities. */
    static final class Registry {
        private final TripleSink sink;
        private final SharedThings shared;
        private final List<Network> written = new ArrayList<>();

        Registry(TripleSink sink, SharedThings shared) {
            this.sink = sink;
            this.shared = shared;
        }

        /** Before municipality {@code n}: writes a new network when it is due. */
        void growFor(long n, SplittableRandom random) {
            if (n % MUNICIPALITIES_PER_NETWORK == 0) {
                write(random);
            }
        }

        Network any(SplittableRandom random) {
            return written.get(random.nextInt(written.size()));
        }

        private void write(SplittableRandom random) {
            int number = written.size() + 1;
            String[] kind = KINDS.get(random.nextInt(KINDS.size()));
            String name = kind[2] + " " + number;
            String slug = kind[2].toLowerCase() + "-" + number;
            Node network = sink.local("id/network/" + slug);
            sink.types(network, sink.lkp("Network"), Terms.COLLABORATION, Terms.ORGANIZATION, Terms.FOAF_ORGANIZATION,
                    Terms.FOAF_AGENT);
            sink.add(network, sink.lkp("listPosition"), TripleSink.integer(number));
            sink.texts(network, Terms.PREF_LABEL, name, name);
            sink.texts(network, Terms.ALT_LABEL, kind[0] + " " + number, kind[1] + " " + number);
            sink.add(network, sink.lkp("labelAsWritten"), NodeFactory.createLiteralLang(name + " (" + kind[0] + ")", "sv"));
            sink.texts(network, Terms.DESCRIPTION, kind[0] + ": kommuner som samarbetar över gränserna.",
                    kind[1] + ": municipalities working together across borders.");
            int purposes = 1 + random.nextInt(3);
            Set<Node> themes = new LinkedHashSet<>();
            for (int i = 0; i < purposes; i++) {
                themes.add(shared.themes.get(random.nextInt(shared.themes.size())));
            }
            for (Node theme : themes) {
                sink.add(network, Terms.PURPOSE, theme);
            }
            sink.add(network, Terms.DERIVED_FROM, shared.sourcePage);
            written.add(new Network(network, slug, name));
        }
    }
}
