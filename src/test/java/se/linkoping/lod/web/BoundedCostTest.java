package se.linkoping.lod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.lod.testing.RunningSite;

/**
 * A resource with thousands of incoming links costs the same one store read as any other: the
 * links are paged in HTML and cut (with their count) in RDF.
 */
class BoundedCostTest {

    private static final int LINKS = 2500;

    @RegisterExtension
    static final RunningSite site = RunningSite.seed();
    private static String target;
    private static long total;

    @BeforeAll
    static void start() {
        target = site.url("id/project/art4rights");
        Node relation = DCTerms.relation.asNode();
        Node label = RDFS.label.asNode();
        Txn.executeWrite(site.dataset, () -> {
            for (int i = 0; i < LINKS; i++) {
                Node note = NodeFactory.createURI(site.url("id/note/" + i));
                site.dataset.getDefaultGraph().add(note, relation, NodeFactory.createURI(target));
                site.dataset.getDefaultGraph().add(note, label, NodeFactory.createLiteralLang("anteckning " + i, "sv"));
            }
        });
        // The links from a thing the project links to itself (its activity) are shown among its own relations.
        Node project = NodeFactory.createURI(target);
        total = Txn.calculateRead(site.dataset, () -> site.dataset.getDefaultGraph().find(Node.ANY, Node.ANY, project)
                .filterDrop(link -> site.dataset.getDefaultGraph().contains(project, Node.ANY, link.getSubject()))
                .toList().size());
    }

    @Test
    void theHtmlPagePagesTheIncomingLinks() {
        String doc = site.url("doc/project/art4rights");
        HttpResponse<byte[]> first = site.get(doc, Map.of("Accept", "text/html"));
        assertEquals("1", first.headers().firstValue(CountingStore.HEADER).orElseThrow());
        String html = RunningSite.text(first);
        long pages = (total + ResourceDescriber.PAGE_SIZE - 1) / ResourceDescriber.PAGE_SIZE;
        assertTrue(total >= LINKS);
        assertTrue(html.contains("(" + total + ")"), "the count of all incoming links");
        assertTrue(html.contains("Sida 1 / " + pages), "paged by " + ResourceDescriber.PAGE_SIZE);
        assertEquals(ResourceDescriber.PAGE_SIZE, html.split("<tr><td>").length - 1, "one page of links");

        HttpResponse<byte[]> last = site.get(doc + "?page=" + pages, Map.of("Accept", "text/html"));
        assertEquals(200, last.statusCode());
        assertEquals("1", last.headers().firstValue(CountingStore.HEADER).orElseThrow());
        assertEquals(404, site.get(doc + "?page=" + (pages + 1), Map.of("Accept", "text/html")).statusCode());
    }

    @Test
    void theRdfDocumentCutsTheIncomingLinksAndSaysSo() {
        HttpResponse<byte[]> response = site.get(site.url("doc/project/art4rights.ttl"), Map.of());
        assertEquals("1", response.headers().firstValue(CountingStore.HEADER).orElseThrow());
        Model model = LinkedDataHttpTest.parse(response.body(), Variant.byExtension("ttl").orElseThrow());
        Resource project = model.createResource(target);
        long notes = model.listSubjectsWithProperty(DCTerms.relation, project).toList().stream()
                .filter(s -> s.getURI().contains("/id/note/")).count();
        assertTrue(notes <= ResourceDescriber.PAGE_SIZE && notes >= ResourceDescriber.PAGE_SIZE - (total - LINKS), "one page: " + notes);
        assertTrue(model.listObjectsOfProperty(model.createResource(site.url("doc/project/art4rights")), RDFS.comment)
                .toList().stream().anyMatch(c -> c.asLiteral().getLexicalForm().contains("of " + total)));
    }

}
