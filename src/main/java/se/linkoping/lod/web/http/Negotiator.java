package se.linkoping.lod.web.http;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/**
 * Content negotiation for one kind of document, configured with the variants it is offered in, with
 * Jena's {@link AcceptList} doing the q-value arithmetic.
 *
 * <p>The first variant offered is the default: for a missing or empty {@code Accept}, and for
 * {@code *}{@code /*} (a linked-data document offers HTML first, so browsers and people typing a URL
 * get the page; the catalogue offers RDF/XML first, as Sweden's data portal harvests it).
 *
 * @param <V> what a variant is (a page variant, an RDF format)
 */
public final class Negotiator<V> {

    private final List<V> offered;
    private final Function<V, String> mediaType;
    private final Function<V, List<String>> alsoAccepted;
    private final AcceptList offer;

    /**
     * @param offered   the variants, the default first
     * @param mediaType the media type of a variant
     */
    public Negotiator(List<V> offered, Function<V, String> mediaType) {
        this(offered, mediaType, variant -> List.of());
    }

    /**
     * @param offered      the variants, the default first
     * @param mediaType    the media type of a variant
     * @param alsoAccepted other media types that ask for a variant (after every variant's own)
     */
    public Negotiator(List<V> offered, Function<V, String> mediaType, Function<V, List<String>> alsoAccepted) {
        this.offered = List.copyOf(offered);
        this.mediaType = mediaType;
        this.alsoAccepted = alsoAccepted;
        this.offer = AcceptList.create(Stream.concat(this.offered.stream().map(mediaType),
                this.offered.stream().flatMap(v -> alsoAccepted.apply(v).stream())).toArray(String[]::new));
    }

    /** The variant that best fits an {@code Accept} header, or empty when none is acceptable. */
    public Optional<V> choose(String acceptHeader) {
        if (acceptHeader == null || acceptHeader.isBlank()) {
            return Optional.of(offered.get(0));
        }
        MediaType chosen = AcceptList.match(new AcceptList(acceptHeader), offer);
        if (chosen == null) {
            return Optional.empty();
        }
        String type = chosen.getContentTypeStr();
        return offered.stream().filter(v -> mediaType.apply(v).equals(type)).findFirst()
                .or(() -> offered.stream().filter(v -> alsoAccepted.apply(v).contains(type)).findFirst());
    }

    /** The variants offered, the default first. */
    public List<V> offered() {
        return offered;
    }

    /** The media types offered, comma-separated, for a 406 answer. */
    public String offeredTypes() {
        return offered.stream().map(mediaType).collect(Collectors.joining(", "));
    }
}
