package se.linkoping.lod.web.view;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;

import se.linkoping.lod.store.IncomingLink;

/**
 * What the store says about one resource, fetched with one call to the store
 * (see {@link se.linkoping.lod.store.Store#resource}).
 *
 * @param resource      the described resource, in {@link #model()}
 * @param model         its own triples, the triples of its blank nodes, and the labels of what it links to
 * @param incoming      one page of the links into it
 * @param incomingTotal how many links point to it in all
 * @param page          the page of incoming links, from 1
 * @param pageSize      how many incoming links a page holds
 */
public record Description(Resource resource, Model model, List<IncomingLink> incoming, long incomingTotal,
                          int page, int pageSize) {

    /** True when the store knows the resource (it is the subject of at least one triple). */
    public boolean exists() {
        return model.contains(resource, null, (RDFNode) null);
    }

    /** True when more incoming links exist than this page shows. */
    public boolean incomingCut() {
        return incomingTotal > (long) (page - 1) * pageSize + incoming.size();
    }

    /** The number of pages of incoming links. */
    public int pageCount() {
        return (int) Math.max(1, (incomingTotal + pageSize - 1) / pageSize);
    }
}
