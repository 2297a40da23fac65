package se.linkoping.lod.web;

import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/**
 * Content negotiation for linked-data documents, with Jena's {@link AcceptList} doing the
 * q-value arithmetic.
 *
 * <p>A missing or empty {@code Accept}, {@code *}{@code /*} and {@code text/*} all give HTML,
 * because HTML is offered first: browsers and people typing a URL get the page, RDF clients ask
 * for what they want.
 */
public final class Negotiation {

    private static final List<Variant> VARIANTS = Variant.all();
    private static final AcceptList OFFER =
            AcceptList.create(VARIANTS.stream().map(Variant::mediaType).toArray(String[]::new));

    private Negotiation() {
    }

    /** The variant that best fits an {@code Accept} header, or empty when none is acceptable. */
    public static Optional<Variant> choose(String acceptHeader) {
        if (acceptHeader == null || acceptHeader.isBlank()) {
            return Optional.of(Variant.HTML);
        }
        MediaType chosen = AcceptList.match(new AcceptList(acceptHeader), OFFER);
        if (chosen == null) {
            return Optional.empty();
        }
        String type = chosen.getContentTypeStr();
        return VARIANTS.stream().filter(v -> v.mediaType().equals(type)).findFirst();
    }
}
