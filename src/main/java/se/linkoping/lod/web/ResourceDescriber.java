package se.linkoping.lod.web;

import se.linkoping.lod.store.ResourceData;
import se.linkoping.lod.store.Store;
import se.linkoping.lod.web.view.Description;

/**
 * Fetches the {@link Description} of a resource with one call to the store, whatever its size:
 * its own triples, its blank nodes, the labels of what it links to, and one page of the links
 * into it with their total (see {@link Store#resource}).
 */
public final class ResourceDescriber {

    /** Incoming links per page, in HTML pages and in RDF documents. */
    public static final int PAGE_SIZE = 100;

    private ResourceDescriber() {
    }

    /** Describes a resource, with the given page (from 1) of incoming links. */
    public static Description describe(Store store, String iri, int page) {
        ResourceData data = store.resource(iri, (long) (page - 1) * PAGE_SIZE, PAGE_SIZE);
        return new Description(data.model().createResource(iri), data.model(), data.incoming(),
                data.incomingTotal(), page, PAGE_SIZE);
    }
}
