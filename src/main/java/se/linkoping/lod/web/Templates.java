package se.linkoping.lod.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import se.linkoping.lod.web.view.PageLanguage;

/**
 * The Pebble templates of the pages ({@code templates/*.peb}, HTML auto-escaped), with one function
 * of our own: {@code t("key")}, the page's text in the page's language from
 * {@code templates/i18n/messages_{sv,en}.properties}.
 */
public final class Templates {

    private static final String BUNDLE = "templates.i18n.messages";
    /** The bundles by language, looked up once: a page asks for dozens of messages. */
    private static final Map<Locale, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();

    private final PebbleEngine engine;

    public Templates() {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix("templates");
        loader.setSuffix(".peb");
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .strictVariables(false)
                .defaultLocale(PageLanguage.SV.locale())
                .extension(new MessagesExtension())
                .build();
    }

    /** Renders a template (name without {@code .peb}) with its model in the page's language. */
    public String render(String name, Map<String, Object> model, PageLanguage lang) {
        PebbleTemplate template = engine.getTemplate(name);
        StringWriter out = new StringWriter();
        try {
            template.evaluate(out, model, lang.locale());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render template " + name, e);
        }
        return out.toString();
    }

    /**
     * A message in a language with its {@code {0}}, {@code {1}}, ... filled in (as {@link MessageFormat}
     * does), for text outside templates.
     */
    public static String message(String key, PageLanguage lang, String... arguments) {
        return new MessageFormat(message(key, lang.locale()), lang.locale()).format(arguments);
    }

    /** A message in a language, for text outside templates (e.g. a page title). */
    public static String message(String key, Locale locale) {
        ResourceBundle bundle = BUNDLES.computeIfAbsent(locale, l -> ResourceBundle.getBundle(BUNDLE, l,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        try {
            return bundle.getString(key);
        } catch (MissingResourceException missing) {
            throw new IllegalArgumentException("No message '" + key + "' for " + locale, missing);
        }
    }

    private static final class MessagesExtension extends AbstractExtension {
        @Override
        public Map<String, Function> getFunctions() {
            return Map.of("t", new Function() {
                @Override
                public List<String> getArgumentNames() {
                    return List.of("key");
                }

                @Override
                public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                                      int lineNumber) {
                    return message(String.valueOf(args.get("key")), context.getLocale());
                }
            });
        }
    }
}
