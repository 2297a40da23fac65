package se.linkoping.lod.web;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;

import se.linkoping.lod.model.DateTimes;
import se.linkoping.lod.model.Iris;
import se.linkoping.lod.store.DataVersion;
import se.linkoping.lod.store.IncomingLink;
import se.linkoping.lod.web.view.Description;
import se.linkoping.lod.web.view.PageLanguage;

/**
 * Builds the RDF document about a resource from its {@link Description}: the resource's own
 * triples, its blank nodes, the labels of what it links to, the page of incoming links with the
 * linking resources' labels, and what the document says about itself (topic, licence, dataset, date).
 */
public final class RdfDocumentBuilder {

    private final Iris iris;

    public RdfDocumentBuilder(Iris iris) {
        this.iris = iris;
    }

    /** The document {@code documentIri} about the described resource, for data of the given version. */
    public Model build(Description description, String documentIri, DataVersion version) {
        Model document = ModelFactory.createDefaultModel();
        document.add(description.model());
        for (IncomingLink link : description.incoming()) {
            Resource subject = document.wrapAsResource(link.subject());
            document.add(subject, document.createProperty(link.property().getURI()), description.resource());
            for (Literal label : new Literal[] {link.labelSv(), link.labelEn(), link.labelOther()}) {
                if (label != null) {
                    document.add(subject, RDFS.label, label);
                }
            }
        }
        Resource doc = document.createResource(documentIri);
        doc.addProperty(RDF.type, FOAF.Document);
        doc.addProperty(FOAF.primaryTopic, description.resource());
        doc.addProperty(DCTerms.license, document.createResource(PageFrame.LICENSE));
        doc.addProperty(VOID.inDataset, document.createResource(iris.dataset()));
        doc.addProperty(DCTerms.modified, document.asRDFNode(DateTimes.exact(version.modified())));
        if (description.incomingCut()) {
            for (PageLanguage lang : PageLanguage.values()) {
                doc.addProperty(RDFS.comment, document.createLiteral(Templates.message("document.incomingCut", lang,
                        String.valueOf(description.incoming().size()), String.valueOf(description.incomingTotal())),
                        lang.tag()));
            }
        }
        return document;
    }
}
