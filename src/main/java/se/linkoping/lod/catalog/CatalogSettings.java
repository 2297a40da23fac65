package se.linkoping.lod.catalog;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import se.linkoping.lod.model.Iris;

/**
 * What a municipality supplies for its catalogue: publisher, contact and data licence.
 *
 * <p>Each value has a command-line flag and an environment variable (the flag wins); the names
 * and defaults are the constants below. The catalogue licence is not a setting: DCAT-AP-SE fixes it
 * to CC0.
 *
 * @param publisherName      the publisher's name, Swedish ({@code --publisher-name}, {@code LOD_PUBLISHER_NAME})
 * @param organisationNumber the ten-digit Swedish organisation number, dash allowed, or empty when
 *                           unknown ({@code --org-number}, {@code LOD_ORG_NUMBER}); when given, the
 *                           publisher is {@code http://dataportal.se/organisation/SE<orgnr>}, else
 *                           the publisher the data gives the whole dataset
 * @param publisherHomepage  the publisher's web site ({@code --publisher-homepage}, {@code LOD_PUBLISHER_HOMEPAGE})
 * @param contactName        the contact point's name ({@code --contact-name}, {@code LOD_CONTACT_NAME})
 * @param contactEmail       the contact point's e-mail address, without {@code mailto:}
 *                           ({@code --contact-email}, {@code LOD_CONTACT_EMAIL})
 * @param contactTelephone   the contact point's telephone number in international form
 *                           ({@code --contact-phone}, {@code LOD_CONTACT_PHONE})
 * @param dataLicense        the IRI of the licence of the data itself, put on every distribution
 *                           ({@code --data-license}, {@code LOD_DATA_LICENSE})
 */
public record CatalogSettings(
        String publisherName,
        String organisationNumber,
        String publisherHomepage,
        String contactName,
        String contactEmail,
        String contactTelephone,
        String dataLicense) {

    public static final String ENV_PUBLISHER_NAME = "LOD_PUBLISHER_NAME";
    public static final String ENV_ORG_NUMBER = "LOD_ORG_NUMBER";
    public static final String ENV_PUBLISHER_HOMEPAGE = "LOD_PUBLISHER_HOMEPAGE";
    public static final String ENV_CONTACT_NAME = "LOD_CONTACT_NAME";
    public static final String ENV_CONTACT_EMAIL = "LOD_CONTACT_EMAIL";
    public static final String ENV_CONTACT_PHONE = "LOD_CONTACT_PHONE";
    public static final String ENV_DATA_LICENSE = "LOD_DATA_LICENSE";

    public static final String DEFAULT_PUBLISHER_NAME = "Linköpings kommun";
    public static final String DEFAULT_ORG_NUMBER = "";
    public static final String DEFAULT_PUBLISHER_HOMEPAGE = "https://www.linkoping.se/";
    public static final String DEFAULT_CONTACT_NAME = "Linköpings kommun, Kultur- och fritidsförvaltningen";
    public static final String DEFAULT_CONTACT_EMAIL = "kommun@linkoping.se";
    public static final String DEFAULT_CONTACT_PHONE = "+46 13 26 35 75";
    public static final String DEFAULT_DATA_LICENSE = "http://creativecommons.org/publicdomain/zero/1.0/";

    /** Where a publisher with a known organisation number lives on Sweden's data portal. */
    public static final String DATAPORTAL_ORGANISATION = "http://dataportal.se/organisation/SE";

    private static final Pattern ORG_NUMBER = Pattern.compile("\\d{6}-?\\d{4}");
    private static final Pattern TELEPHONE = Pattern.compile("\\+[0-9 -]{6,}");

    public CatalogSettings {
        Objects.requireNonNull(publisherName, "publisherName");
        Objects.requireNonNull(contactName, "contactName");
        organisationNumber = organisationNumber == null ? "" : organisationNumber.strip();
        if (!organisationNumber.isEmpty() && !ORG_NUMBER.matcher(organisationNumber).matches()) {
            throw new IllegalArgumentException(
                    "The organisation number must have ten digits (NNNNNN-NNNN): " + organisationNumber);
        }
        requireAbsolute("publisherHomepage", publisherHomepage);
        requireAbsolute("dataLicense", dataLicense);
        if (contactEmail == null || !contactEmail.contains("@") || contactEmail.startsWith("mailto:")) {
            throw new IllegalArgumentException("The contact e-mail must be a plain address: " + contactEmail);
        }
        if (contactTelephone == null || !TELEPHONE.matcher(contactTelephone).matches()) {
            throw new IllegalArgumentException(
                    "The contact telephone must be in international form (+46 ...): " + contactTelephone);
        }
    }

    /** The settings with every default. */
    public static CatalogSettings defaults() {
        return fromEnvironment(Map.of());
    }

    /** Reads the settings from environment variables, falling back to the defaults. */
    public static CatalogSettings fromEnvironment(Map<String, String> env) {
        return new CatalogSettings(
                env.getOrDefault(ENV_PUBLISHER_NAME, DEFAULT_PUBLISHER_NAME),
                env.getOrDefault(ENV_ORG_NUMBER, DEFAULT_ORG_NUMBER),
                env.getOrDefault(ENV_PUBLISHER_HOMEPAGE, DEFAULT_PUBLISHER_HOMEPAGE),
                env.getOrDefault(ENV_CONTACT_NAME, DEFAULT_CONTACT_NAME),
                env.getOrDefault(ENV_CONTACT_EMAIL, DEFAULT_CONTACT_EMAIL),
                env.getOrDefault(ENV_CONTACT_PHONE, DEFAULT_CONTACT_PHONE),
                env.getOrDefault(ENV_DATA_LICENSE, DEFAULT_DATA_LICENSE));
    }

    /**
     * The publisher's IRI: the data portal's organisation IRI when the organisation number is known,
     * else the publisher the data names, else a local IRI on the catalogue.
     */
    public String publisherIri(Optional<String> publisherInData, Iris iris) {
        if (organisationNumber.isEmpty()) {
            return publisherInData.orElse(iris.resolve(CatalogIris.LOCAL_PUBLISHER));
        }
        return DATAPORTAL_ORGANISATION + organisationNumber.replace("-", "");
    }

    /** The contact e-mail as a {@code mailto:} IRI. */
    public String contactEmailIri() {
        return "mailto:" + contactEmail;
    }

    /** The contact telephone as a {@code tel:} IRI (RFC 3966, dashes as separators). */
    public String contactTelephoneIri() {
        return "tel:" + contactTelephone.strip().replace(' ', '-');
    }

    private static void requireAbsolute(String name, String iri) {
        if (iri == null || !URI.create(iri).isAbsolute()) {
            throw new IllegalArgumentException("The " + name + " must be an absolute IRI: " + iri);
        }
    }
}
