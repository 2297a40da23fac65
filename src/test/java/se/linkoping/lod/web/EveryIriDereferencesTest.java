package se.linkoping.lod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.testing.RunningSite;

/**
 * Every IRI under the base or the vocabulary's root that the loaded data names anywhere (as subject,
 * predicate or object) dereferences on the running server, a vocabulary term at the path this
 * deployment serves it at: a thing ({@code id/…}) answers 303 to a document that answers 200 in HTML
 * and in Turtle; a hash IRI's document answers 200 and its page has the fragment as an element id; any
 * other IRI (the ontology, the shapes) answers 200. Nothing is left over.
 */
class EveryIriDereferencesTest {

    @RegisterExtension
    static final RunningSite site = RunningSite.seed();

    /** Every IRI under the base in any triple of the store, sorted. */
    private static List<String> localIris() {
        DatasetGraph dataset = site.dataset;
        TreeSet<String> iris = new TreeSet<>();
        Txn.executeRead(dataset, () -> dataset.find().forEachRemaining(quad -> {
            for (Node node : List.of(quad.getSubject(), quad.getPredicate(), quad.getObject())) {
                if (node.isURI() && site.iris.isLocal(node.getURI())) {
                    iris.add(node.getURI());
                }
            }
        }));
        return List.copyOf(iris);
    }

    @Test
    void everyIriUnderTheBaseDereferences() {
        List<String> iris = localIris();
        assertTrue(iris.stream().anyMatch(i -> i.startsWith(Iris.VOCABULARY_ROOT + "def/ns#")), "ontology terms are among them");
        assertTrue(iris.stream().anyMatch(i -> i.startsWith(Iris.VOCABULARY_ROOT + "def/shapes#")), "shapes are among them");
        assertTrue(iris.size() > 80, "IRIs under the base: " + iris.size());

        Map<String, String> pages = new HashMap<>();
        List<String> failures = new ArrayList<>();
        for (String named : iris) {
            String iri = site.iris.served(named);
            String relative = site.iris.relativize(iri);
            int hash = iri.indexOf('#');
            if (hash >= 0) {
                String document = iri.substring(0, hash);
                String fragment = iri.substring(hash + 1);
                String page = pages.computeIfAbsent(document, EveryIriDereferencesTest::htmlFollowingOneRedirect);
                if (page == null) {
                    failures.add(iri + ": its document does not answer 200");
                } else if (!page.contains("id=\"" + fragment + "\"")) {
                    failures.add(iri + ": no element with the id " + fragment);
                }
            } else if (relative.startsWith(Iris.ID_PATH)) {
                failures.addAll(thingFailures(iri));
            } else if (htmlFollowingOneRedirect(iri) == null) {
                failures.add(iri + ": does not answer 200");
            }
        }
        assertEquals(List.of(), failures, "IRIs that do not dereference");
    }

    /** A thing: 303 to its document, which answers 200 as HTML and as Turtle that names the thing. */
    private static List<String> thingFailures(String iri) {
        List<String> failures = new ArrayList<>();
        for (String accept : List.of("text/html", "text/turtle")) {
            HttpResponse<byte[]> thing = site.get(iri, Map.of("Accept", accept));
            if (thing.statusCode() != 303) {
                failures.add(iri + " (" + accept + "): " + thing.statusCode() + " instead of 303");
                continue;
            }
            String location = URI.create(iri).resolve(thing.headers().firstValue("Location").orElseThrow()).toString();
            HttpResponse<byte[]> document = site.get(location, Map.of("Accept", accept));
            if (document.statusCode() != 200 || !LinkedDataHttpTest.contentType(document).equals(accept)) {
                failures.add(location + " (" + accept + "): " + document.statusCode() + " "
                        + document.headers().firstValue("Content-Type").orElse(""));
            } else if (accept.equals("text/turtle")) {
                Model model = LinkedDataHttpTest.parse(document.body(), Variant.byExtension("ttl").orElseThrow());
                if (!model.containsResource(model.createResource(iri))) {
                    failures.add(location + ": its Turtle does not name " + iri);
                }
            }
        }
        return failures;
    }

    /** The HTML at the URL, after at most one 303, or null when it does not answer 200. */
    private static String htmlFollowingOneRedirect(String url) {
        HttpResponse<byte[]> response = site.get(url, Map.of("Accept", "text/html"));
        if (response.statusCode() == 303) {
            String location = URI.create(url).resolve(response.headers().firstValue("Location").orElseThrow()).toString();
            response = site.get(location, Map.of("Accept", "text/html"));
        }
        return response.statusCode() == 200 ? RunningSite.text(response) : null;
    }
}
