package se.linkoping.lod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.linkoping.lod.testing.RunningSite;

/**
 * For every resource of the data, every statement of its Turtle document about it appears on its
 * HTML page: each literal on the page in its language (Swedish or English; others and plain ones on
 * either; a date and time as its reader reads it), each IRI object as a link.
 */
class EveryStatementOnItsPageTest {

    @RegisterExtension
    static final RunningSite site = RunningSite.seed();

    @Test
    void everyLiteralIsShownAndEveryIriObjectIsALink() {
        List<String> failures = new ArrayList<>();
        List<String> things = site.things();
        assertTrue(things.size() > 40, "things: " + things.size());
        for (String thing : things) {
            String document = site.url("doc/" + site.iris.relativize(thing).substring("id/".length()));
            Model turtle = ModelFactory.createDefaultModel();
            RDFParser.source(new ByteArrayInputStream(site.get(document, Map.of("Accept", "text/turtle")).body()))
                    .lang(Lang.TURTLE).base(document).parse(turtle);
            String swedish = RunningSite.text(site.get(document + "?lang=sv", Map.of("Accept", "text/html")));
            String english = RunningSite.text(site.get(document + "?lang=en", Map.of("Accept", "text/html")));
            for (Statement statement : turtle.listStatements(turtle.createResource(thing), null, (RDFNode) null).toList()) {
                RDFNode object = statement.getObject();
                if (object.isLiteral()) {
                    String text = escape(object.asLiteral().getLexicalForm());
                    String lang = object.asLiteral().getLanguage();
                    boolean shown = swedish.contains(swedishDate(object.asLiteral())) || switch (lang) {
                        case "sv" -> swedish.contains(text);
                        case "en" -> english.contains(text);
                        default -> swedish.contains(text) || english.contains(text);
                    };
                    if (!shown) {
                        failures.add(thing + " " + statement.getPredicate().getLocalName() + " \"" + text + "\"@" + lang);
                    }
                } else if (object.isURIResource() && !linked(swedish, object.asResource().getURI())) {
                    failures.add(thing + " " + statement.getPredicate().getLocalName() + " <" + object + "> is no link");
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    /** A date and time as a Swedish reader sees it (its day, in Swedish time); nothing for other literals. */
    private static String swedishDate(Literal literal) {
        if (!(literal.getValue() instanceof XSDDateTime time)) {
            return "\u0000";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag("sv"))
                .format(time.asCalendar().toInstant().atZone(ZoneId.of("Europe/Stockholm")));
    }

    private static boolean linked(String page, String iri) {
        List<String> hrefs = new ArrayList<>(List.of(iri));
        if (site.iris.isLocal(iri)) {
            String relative = site.iris.relativize(iri);
            hrefs.add("/" + relative);
            if (relative.startsWith("id/")) {
                hrefs.add("/doc/" + relative.substring("id/".length()));
            }
        }
        return hrefs.stream().anyMatch(href -> page.contains("href=\"" + escape(href)));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
