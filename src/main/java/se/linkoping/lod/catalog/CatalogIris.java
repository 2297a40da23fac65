package se.linkoping.lod.catalog;

import se.linkoping.lod.model.Iris;

/**
 * Addresses of the catalogue, its parts and the files it lists, relative to the public base.
 *
 * <p>Things that exist only in the catalogue (publisher without an organisation number, contact
 * point, distributions) get hash IRIs on the catalogue document, so that looking them up returns
 * the catalogue that describes them.
 */
public final class CatalogIris {

    /** The DCAT catalogue: both the harvest address and the catalogue's own IRI. */
    public static final String CATALOG = "datasets/dcat";
    /** The VoID description. */
    public static final String VOID = ".well-known/void";
    /** The folder of the dump files. */
    public static final String DUMPS = "dumps/";
    /** The folder of the dumps of the kept data versions: {@code dumps/v/{version}/{file}}. */
    public static final String VERSION_DUMPS = DUMPS + "v/";

    /** The path of a kept version's dump. */
    public static String versionDump(String version, String fileName) {
        return VERSION_DUMPS + version + "/" + fileName;
    }

    /** The change feed, a Linked Data Event Stream of the whole dataset. */
    public static final String FEED = "feed";
    /** The specification the change feed follows. */
    public static final String LDES_SPECIFICATION = "https://w3id.org/ldes/specification";
    /** The sitemap. */
    public static final String SITEMAP = "sitemap.xml";
    /** The publisher, when no organisation number is configured. */
    public static final String LOCAL_PUBLISHER = CATALOG + "#publisher";
    /** The contact point. */
    public static final String CONTACT = CATALOG + "#contact";

    private CatalogIris() {
    }

    /** The download address of a dump file. */
    public static String dump(Iris iris, String fileName) {
        return iris.resolve(DUMPS + fileName);
    }

    /** The IRI of one distribution of a dataset, named by its dump stem and a format key. */
    public static String distribution(Iris iris, String dumpStem, String formatKey) {
        return iris.resolve(CATALOG + "#distribution-" + dumpStem + "-" + formatKey);
    }
}
