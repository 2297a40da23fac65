package se.linkoping.lod.web.catalog;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

import se.linkoping.lod.model.MediaTypes.Format;

/**
 * Chooses among a fixed list of RDF formats by the {@code Accept} header, with Jena's
 * {@link AcceptList} doing the q-value arithmetic. The first format offered is the default, for a
 * missing header and for {@code *}{@code /*}.
 */
final class RdfNegotiation {

    private final List<Format> offered;
    private final AcceptList offer;

    RdfNegotiation(List<Format> offered) {
        this.offered = List.copyOf(offered);
        this.offer = AcceptList.create(offered.stream().map(Format::mediaType).toArray(String[]::new));
    }

    /** The format that best fits the header, or empty when the client accepts none of them. */
    Optional<Format> choose(String acceptHeader) {
        if (acceptHeader == null || acceptHeader.isBlank()) {
            return Optional.of(offered.get(0));
        }
        MediaType chosen = AcceptList.match(new AcceptList(acceptHeader), offer);
        if (chosen == null) {
            return Optional.empty();
        }
        return offered.stream().filter(f -> f.mediaType().equals(chosen.getContentTypeStr())).findFirst();
    }

    /** The media types offered, for a 406 answer. */
    String offeredTypes() {
        return offered.stream().map(Format::mediaType).collect(Collectors.joining(", "));
    }
}
