package se.linkoping.lod.catalog;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/**
 * The catalogue's own texts, in Swedish and English, from its message bundles
 * ({@code catalog/messages_{sv,en}.properties}).
 */
final class CatalogTexts {

    private static final String BUNDLE = "catalog.messages";
    private static final List<String> LANGUAGES = List.of("sv", "en");

    private CatalogTexts() {
    }

    /** Adds the text to the resource in each language, Swedish first, with its {@code {0}}, ... filled in. */
    static Resource add(Resource resource, Property property, String key, String... arguments) {
        for (String language : LANGUAGES) {
            resource.addProperty(property, text(key, language, arguments), language);
        }
        return resource;
    }

    private static String text(String key, String language, String... arguments) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
