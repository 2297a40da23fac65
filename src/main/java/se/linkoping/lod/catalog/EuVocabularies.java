package se.linkoping.lod.catalog;

/**
 * IRIs from the EU authority tables, ADMS and IANA that the catalogue uses for formats and publisher types.
 */
public final class EuVocabularies {

    /** EU Publications Office file types, e.g. {@code RDF_TURTLE}. */
    public static final String FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";
    /** IANA media types, e.g. {@code text/turtle}. */
    public static final String IANA_MEDIA_TYPE = "https://www.iana.org/assignments/media-types/";
    /** ADMS publisher type of a municipality. */
    public static final String LOCAL_AUTHORITY = "http://purl.org/adms/publishertype/LocalAuthority";

    private EuVocabularies() {
    }

    /** The EU file-type IRI for a code such as {@code RDF_TURTLE}. */
    public static String fileType(String code) {
        return FILE_TYPE + code;
    }

    /** The IANA IRI for a media type such as {@code text/turtle}. */
    public static String ianaMediaType(String mediaType) {
        return IANA_MEDIA_TYPE + mediaType;
    }
}
