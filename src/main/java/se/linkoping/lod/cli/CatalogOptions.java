package se.linkoping.lod.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;
import se.linkoping.lod.catalog.CatalogSettings;
import se.linkoping.lod.catalog.DumpListener;
import se.linkoping.lod.catalog.Dumps;
import se.linkoping.lod.model.Iris;

/** What the catalogue says of its publisher and contact, and where and how the dumps are written. Each has an environment variable. */
final class CatalogOptions {

    @Option(names = "--dumps", defaultValue = "${env:LOD_DUMPS}",
            description = "Folder of the dumps (env LOD_DUMPS; default: dumps in the store folder).")
    Path dumps;

    @Option(names = "--dump-jsonld-max-triples", defaultValue = "${env:LOD_DUMP_JSONLD_MAX_TRIPLES}",
            description = "Most triples a dataset may have for its JSON-LD dump to be written: JSON-LD is written from "
                    + "the whole dataset in memory (env LOD_DUMP_JSONLD_MAX_TRIPLES; default: what the heap holds, "
                    + "one triple per 4 KB of the maximum heap, 65,536 with bin/lod's 256 MB).")
    Long dumpJsonLdMaxTriples;

    @Option(names = "--keep-versions", defaultValue = "${env:LOD_KEEP_VERSIONS:-" + Dumps.DEFAULT_KEEP_VERSIONS + "}",
            description = "How many data versions keep their dumps at /dumps/v/{version}/ (the newest; env "
                    + "LOD_KEEP_VERSIONS; default ${DEFAULT-VALUE}).")
    int keepVersions;

    @Option(names = "--publisher-name", defaultValue = "${env:LOD_PUBLISHER_NAME:-" + CatalogSettings.DEFAULT_PUBLISHER_NAME + "}",
            description = "The catalogue's publisher (env LOD_PUBLISHER_NAME; default ${DEFAULT-VALUE}).")
    String publisherName;

    @Option(names = "--org-number", defaultValue = "${env:LOD_ORG_NUMBER}",
            description = "The publisher's organisation number, NNNNNN-NNNN (env LOD_ORG_NUMBER); when given, the "
                    + "publisher is http://dataportal.se/organisation/SE<number>.")
    String organisationNumber;

    @Option(names = "--publisher-homepage", defaultValue = "${env:LOD_PUBLISHER_HOMEPAGE:-" + CatalogSettings.DEFAULT_PUBLISHER_HOMEPAGE + "}",
            description = "The publisher's home page (env LOD_PUBLISHER_HOMEPAGE; default ${DEFAULT-VALUE}).")
    String publisherHomepage;

    @Option(names = "--contact-name", defaultValue = "${env:LOD_CONTACT_NAME:-" + CatalogSettings.DEFAULT_CONTACT_NAME + "}",
            description = "The catalogue's contact point (env LOD_CONTACT_NAME; default ${DEFAULT-VALUE}).")
    String contactName;

    @Option(names = "--contact-email", defaultValue = "${env:LOD_CONTACT_EMAIL:-" + CatalogSettings.DEFAULT_CONTACT_EMAIL + "}",
            description = "The contact point's e-mail address (env LOD_CONTACT_EMAIL; default ${DEFAULT-VALUE}).")
    String contactEmail;

    @Option(names = "--contact-phone", defaultValue = "${env:LOD_CONTACT_PHONE:-" + CatalogSettings.DEFAULT_CONTACT_PHONE + "}",
            description = "The contact point's telephone, international form (env LOD_CONTACT_PHONE; default ${DEFAULT-VALUE}).")
    String contactPhone;

    @Option(names = "--data-license", defaultValue = "${env:LOD_DATA_LICENSE:-" + CatalogSettings.DEFAULT_DATA_LICENSE + "}",
            description = "The licence of the data, on every distribution (env LOD_DATA_LICENSE; default ${DEFAULT-VALUE}).")
    String dataLicense;

    CatalogSettings settings() {
        return new CatalogSettings(publisherName, organisationNumber, publisherHomepage, contactName, contactEmail,
                contactPhone, dataLicense);
    }

    /**
     * The dumps, in the folder given or in {@code dumps} in the store folder, their writing logged, the
     * versions' notes taken from the change log in this folder (null: none).
     */
    Dumps dumps(Path store, Iris iris, Path changeLog) {
        return new Dumps(dumps != null ? dumps : store.resolve("dumps"), iris,
                dumpJsonLdMaxTriples != null ? dumpJsonLdMaxTriples : Dumps.defaultJsonLdMaxTriples(),
                DumpListener.logging(), keepVersions, changeLog);
    }
}
