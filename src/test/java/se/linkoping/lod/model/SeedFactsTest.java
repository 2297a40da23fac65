package se.linkoping.lod.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves, fact group by fact group, that the ontology and data files say what the source page
 * says (see the seed's FACTS.md), and that the data conforms to the SHACL shapes.
 */
class SeedFactsTest {

    private static final String BASE = "http://test.example/";
    private static final String PREFIXES = """
            PREFIX lkp:    <https://w3id.org/lkp/def/ns#>
            PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
            PREFIX owl:    <http://www.w3.org/2002/07/owl#>
            PREFIX dct:    <http://purl.org/dc/terms/>
            PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
            PREFIX foaf:   <http://xmlns.com/foaf/0.1/>
            PREFIX schema: <http://schema.org/>
            PREFIX org:    <http://www.w3.org/ns/org#>
            PREFIX prov:   <http://www.w3.org/ns/prov#>
            PREFIX vcard:  <http://www.w3.org/2006/vcard/ns#>
            PREFIX void:   <http://rdfs.org/ns/void#>
            PREFIX dcat:   <http://www.w3.org/ns/dcat#>
            """;
    private static final String PAGE = "<id/document/eu-projekt-inom-kultur>";
    /** Hosts that the files may name: vocabularies, link targets and licences, never our own. */
    private static final Set<String> OUTSIDE_HOSTS = Set.of("www.w3.org", "purl.org", "xmlns.com", "schema.org",
            "rdfs.org", "www.opengis.net", "www.wikidata.org", "sws.geonames.org", "www.geonames.org", "publications.europa.eu",
            "creativecommons.org", "github.com");
    private static final Pattern IRI_IN_TEXT = Pattern.compile("<([a-z][a-z0-9+.-]*:[^>\\s]*)>");

    private static Path projectDir;
    private static Graph data;
    private static Graph ontology;
    private static Graph shapesGraph;
    private static Model all;

    @BeforeAll
    static void load() {
        projectDir = Path.of(System.getProperty("project.dir", System.getProperty("user.dir")));
        data = parse(turtleFiles("data"));
        ontology = parse(List.of(projectDir.resolve("ontology/ontology.ttl")));
        shapesGraph = parse(List.of(projectDir.resolve("ontology/shapes.ttl")));
        all = ModelFactory.createDefaultModel();
        Stream.of(ontology, data).forEach(g -> g.find().forEachRemaining(all.getGraph()::add));
    }

    @Test
    void sevenProjectEntriesWithProgrammesAndDescriptions() {
        record Entry(int position, String asWritten, String programme, String descriptionSv, String descriptionEn) {
        }
        List<Entry> page = List.of(
                new Entry(1, "Fristad Linköping", "city-of-refuge",
                        "tvåårigt stipendium för förföljd författare eller konstnär",
                        "a two-year grant for a persecuted writer or artist"),
                new Entry(2, "Erasmus+ Our way Heritage Lives", "erasmus-plus",
                        "kunskapsutbyte inom kulturarv", "knowledge exchange in cultural heritage"),
                new Entry(3, "Erasmus+ One library for all, all for one library", "erasmus-plus",
                        "jobbskuggning i Italien för bibliotekarier", "job shadowing in Italy for librarians"),
                new Entry(4, "CERV Art4rights", "cerv",
                        "projekt om deltagarbaserad offentlig konst", "a project on participatory public art"),
                new Entry(5, "Erasmus + Green challenge", "erasmus-plus",
                        "ungdomsutbyte med Ung Puls och Frankrike", "youth exchange with Ung Puls and France"),
                new Entry(6, "Kaunas kulturhuvudstad 2022", "european-capital-of-culture",
                        "ungdomsombud i utbyte med Kaunas och Tampere",
                        "youth ambassadors in exchange with Kaunas and Tampere"),
                new Entry(7, "Art4Rights- Näär ett utrymme blir en plats", null, null, null));

        List<String> listed = new ArrayList<>();
        select("""
                SELECT ?asWritten WHERE {
                  ?entry lkp:listPosition ?position ; lkp:labelAsWritten ?asWritten ; lkp:ongoingIn "2023"^^xsd:gYear .
                } ORDER BY ?position""").forEach(row -> listed.add(row.getLiteral("asWritten").getString()));
        assertEquals(page.stream().map(Entry::asWritten).toList(), listed, "the seven entries, as written, in order");

        for (Entry entry : page.subList(0, 6)) {
            assertTrue(ask("""
                    ASK {
                      ?project a lkp:InternationalProject , foaf:Project , schema:Project ;
                               lkp:listPosition %d ;
                               lkp:programme <id/programme/%s> ;
                               lkp:runBy <id/organization/kultur-och-fritidsforvaltningen> ;
                               dct:description "%s"@sv , "%s"@en .
                    }""".formatted(entry.position(), entry.programme(), entry.descriptionSv(), entry.descriptionEn())),
                    "entry " + entry.position() + " with its programme and descriptions");
        }
        assertTrue(ask("""
                ASK { <id/programme/erasmus-plus> skos:prefLabel "Erasmus+"@sv ; lkp:labelAsWritten "Erasmus +"@sv . }"""),
                "Erasmus+ is one programme, with the page's other spelling kept");
        assertTrue(ask("""
                ASK { <id/project/art4rights> skos:prefLabel "Art4Rights"@sv ; lkp:labelAsWritten "CERV Art4rights"@sv . }"""),
                "Art4rights is normalised to Art4Rights, the page's spelling kept");
    }

    @Test
    void entrySevenIsAnActivityOfArt4Rights() {
        assertTrue(ask("""
                ASK {
                  ?activity a lkp:ProjectActivity ;
                            lkp:activityOf <id/project/art4rights> ;
                            skos:prefLabel "När ett utrymme blir en plats"@sv , "When a space becomes a place"@en ;
                            lkp:labelAsWritten "Art4Rights- Näär ett utrymme blir en plats"@sv .
                  <id/project/art4rights> lkp:hasActivity ?activity .
                  FILTER NOT EXISTS { ?activity a lkp:InternationalProject }
                }"""));
    }

    @Test
    void placesNamedInTheProjectsAreLinked() {
        Map<String, Set<String>> involved = new TreeMap<>();
        select("""
                SELECT ?project ?name WHERE {
                  ?project lkp:involves ?thing . ?thing skos:prefLabel ?name . FILTER (lang(?name) = "en")
                }""").forEach(row -> involved.computeIfAbsent(local(row.getResource("project").getURI()),
                k -> new TreeSet<>()).add(row.getLiteral("name").getString()));
        assertEquals(Map.of(
                "id/project/one-library-for-all", Set.of("Italy"),
                "id/project/green-challenge", Set.of("France", "Ung Puls"),
                "id/project/kaunas-kulturhuvudstad-2022", Set.of("Kaunas", "Tampere")), involved);
    }

    @Test
    void bothNetworksAndTheIcornMembershipSince2015() {
        assertTrue(ask("""
                ASK {
                  <id/network/sern> a lkp:Network , org:OrganizationalCollaboration ;
                      skos:altLabel "Sweden Emilia Romagna Network"@en ;
                      dct:description ?sern ;
                      org:purpose <id/theme/environment> , <id/theme/education> , <id/theme/culture> ,
                                  <id/theme/social-economy> , <id/theme/entrepreneurship> , <id/theme/tourism> .
                  FILTER (lang(?sern) = "sv" && CONTAINS(?sern, "mellan italienska och svenska aktörer"))
                  <id/network/icorn> a lkp:Network ;
                      skos:altLabel "International Cities of Refuge Network"@en ;
                      dct:description "Författare och konstnärer på flykt kan ansöka till ICORN om att få en fristad i ett medlemsland."@sv .
                }"""), "SERN and ICORN with what they are for");
        assertTrue(ask("""
                ASK {
                  ?membership a org:Membership ;
                      org:member <id/organization/linkopings-kommun> ;
                      org:organization <id/network/icorn> ;
                      lkp:memberSince "2015"^^xsd:gYear .
                }"""), "Linköping Municipality is a member of ICORN since 2015");
        assertFalse(ask("ASK { ?m org:organization <id/network/sern> }"), "the page states no membership of SERN");
    }

    @Test
    void fiveTwinTownsWithTheirCountriesAndIdentifiers() {
        Set<String> towns = new TreeSet<>();
        select("""
                SELECT ?town ?country WHERE {
                  <id/organization/linkopings-kommun> lkp:twinTown ?t .
                  <id/organization/kultur-och-fritidsforvaltningen> lkp:inContactWith ?t .
                  ?t skos:prefLabel ?town ; schema:containedInPlace ?c .
                  ?c skos:prefLabel ?country ; owl:sameAs ?eu .
                  FILTER (lang(?town) = "sv" && lang(?country) = "sv")
                  FILTER STRSTARTS(STR(?eu), "http://publications.europa.eu/resource/authority/country/")
                }""").forEach(row -> towns.add(row.getLiteral("town").getString() + ", " + row.getLiteral("country").getString()));
        assertEquals(Set.of("Kaunas, Litauen", "Joensuu, Finland", "Palo Alto, USA", "Tours, Frankrike", "Tönsberg, Norge"),
                towns);
        assertTrue(ask("""
                ASK {
                  <id/town/tonsberg> skos:prefLabel "Tönsberg"@sv , "Tønsberg"@en ;
                      owl:sameAs <http://www.wikidata.org/entity/Q10853792> , <https://sws.geonames.org/3134331/> ;
                      dct:source <id/document/wikidata> , <id/document/geonames-world-cities> .
                  <id/town/kaunas> owl:sameAs <http://www.wikidata.org/entity/Q4115712> , <https://sws.geonames.org/598316/> .
                  <id/country/lithuania> owl:sameAs <http://publications.europa.eu/resource/authority/country/LTU> ;
                      dct:source <id/document/eu-country-authority> .
                }"""), "identifiers not on the page name their source");
        assertFalse(ask("""
                ASK { ?place owl:sameAs ?id . FILTER NOT EXISTS { ?place dct:source ?source } }"""),
                "every owl:sameAs link comes with a dct:source");
    }

    @Test
    void theOrganisationsAndTheStrategy() {
        assertTrue(ask("""
                ASK {
                  <id/organization/linkopings-kommun> a org:FormalOrganization ;
                      skos:prefLabel "Linköpings kommun"@sv , "Linköping Municipality"@en ;
                      owl:sameAs <http://www.wikidata.org/entity/Q499410> .
                  <id/organization/kultur-och-fritidsforvaltningen> a org:OrganizationalUnit ;
                      skos:prefLabel "Kultur- och fritidsförvaltningen"@sv , "Culture and Leisure Administration"@en ;
                      org:unitOf <id/organization/linkopings-kommun> .
                  <id/organization/kultur-och-fritidskontoret> a org:OrganizationalUnit ;
                      skos:prefLabel "Kultur- och fritidskontoret"@sv , "Culture and Leisure Office"@en ;
                      org:unitOf <id/organization/linkopings-kommun> .
                }"""), "the municipality, its administration and its office");
        assertTrue(ask("""
                ASK {
                  ?strategy a lkp:InternationalStrategy ;
                      lkp:strategyOf <id/organization/kultur-och-fritidsforvaltningen> ;
                      schema:isBasedOn ?municipal .
                  ?municipal a lkp:InternationalStrategy ;
                      lkp:strategyOf <id/organization/linkopings-kommun> .
                }"""), "the administration's strategy is based on the municipality-wide one");
    }

    @Test
    void theContactWithTelephoneAndNoEmailAnywhere() throws IOException {
        assertTrue(ask("""
                ASK {
                  <id/organization/kultur-och-fritidsforvaltningen> schema:contactPoint ?contact .
                  ?contact a lkp:ContactRole , vcard:Kind ;
                      vcard:fn "Elisabeth Asp" ;
                      vcard:title "Sakkunnig internationell samordnare"@sv ;
                      vcard:hasTelephone <tel:+4613263575> ;
                      lkp:telephoneAsWritten "013-26 35 75" ;
                      org:postIn <id/organization/kultur-och-fritidskontoret> ;
                      org:heldBy ?person .
                  ?person a foaf:Person ; foaf:name "Elisabeth Asp" .
                }"""));
        assertFalse(ask("""
                ASK {
                  { ?s vcard:hasEmail ?o } UNION { ?s foaf:mbox ?o } UNION { ?s schema:email ?o }
                  UNION { ?s ?p ?o . FILTER (isIRI(?o) && STRSTARTS(STR(?o), "mailto:")) }
                }"""), "no e-mail property or mailto: link");
        Pattern address = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
        for (Path file : turtleFiles("data")) {
            Matcher matcher = address.matcher(Files.readString(file, StandardCharsets.UTF_8));
            assertFalse(matcher.find(), () -> file.getFileName() + " holds an e-mail address: " + matcher.group());
        }
        List<String> people = new ArrayList<>();
        select("SELECT ?name WHERE { ?p a foaf:Person ; foaf:name ?name }")
                .forEach(row -> people.add(row.getLiteral("name").getString()));
        assertEquals(List.of("Elisabeth Asp"), people, "the contact is the only person described");
    }

    @Test
    void thePageItsDateAndTheDataset() {
        assertTrue(ask("""
                ASK {
                  %s a lkp:SourcePage ;
                      dct:title "EU-projekt inom kultur"@sv ;
                      dct:modified "2023-02-27"^^xsd:date ;
                      dct:publisher <id/organization/linkopings-kommun> .
                }""".formatted(PAGE)), "the page, last updated on 27 February 2023");
        assertTrue(ask("""
                ASK {
                  <id/dataset/main> a void:Dataset , dcat:Dataset ;
                      dct:title ?sv , ?en ;
                      dct:license <http://creativecommons.org/publicdomain/zero/1.0/> ;
                      dct:publisher <id/organization/linkopings-kommun> .
                  FILTER (lang(?sv) = "sv" && lang(?en) = "en")
                }"""), "the dataset, CC0, published by the municipality");
    }

    @Test
    void everyDescribedResourceRecordsItsProvenance() {
        List<String> missing = new ArrayList<>();
        select("""
                SELECT ?s WHERE {
                  ?s skos:prefLabel ?label .
                  FILTER NOT EXISTS { ?s a foaf:Document }
                  FILTER NOT EXISTS { ?s prov:wasDerivedFrom %s }
                } GROUP BY ?s""".formatted(PAGE)).forEach(row -> missing.add(local(row.getResource("s").getURI())));
        assertEquals(List.of(), missing, "resources without prov:wasDerivedFrom the page");
    }

    @Test
    void theDataConformsToTheShapes() {
        Shapes shapes = Shapes.parse(shapesGraph);
        assertTrue(shapes.numShapes() > 20, "the shapes parse: " + shapes.numShapes());
        assertConforms(shapes, data, "the data files alone");

        Graph loaded = GraphFactory.createDefaultGraph();
        Stream.of(ontology, shapesGraph, data).forEach(g -> g.find().forEachRemaining(loaded::add));
        assertConforms(shapes, loaded, "ontology, shapes and data in one graph, as they are loaded");
    }

    @Test
    void theShapesCatchWhatTheyAreFor() {
        Graph broken = GraphFactory.createDefaultGraph();
        data.find().forEachRemaining(broken::add);
        String lithuania = BASE + "id/country/lithuania";
        String contact = BASE + "id/contact/international-coordinator";
        broken.find(node(lithuania), node("http://www.w3.org/2004/02/skos/core#prefLabel"), Node.ANY).toList().stream()
                .filter(t -> "en".equals(t.getObject().getLiteralLanguage()))
                .forEach(broken::delete);
        broken.add(Triple.create(node(contact), node("http://www.w3.org/2006/vcard/ns#hasEmail"), node("mailto:someone@example.org")));

        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapesGraph), broken);
        Set<String> focus = new TreeSet<>();
        report.getEntries().forEach(e -> focus.add(e.focusNode().getURI()));
        assertEquals(Set.of(lithuania, contact), focus, "the missing English label and the e-mail are reported");
    }

    @Test
    void everyShapeReadsWell() {
        Model shapes = ModelFactory.createModelForGraph(shapesGraph);
        List<String> silent = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(QueryFactory.create(PREFIXES + """
                PREFIX sh: <http://www.w3.org/ns/shacl#>
                SELECT DISTINCT ?shape WHERE {
                  { ?shape a sh:NodeShape } UNION { ?shape a sh:PropertyShape } UNION { ?node sh:property ?shape }
                  FILTER NOT EXISTS { ?shape sh:message ?message }
                  FILTER NOT EXISTS { ?shape sh:name ?name ; sh:description ?description }
                }""", BASE), shapes)) {
            qe.execSelect().forEachRemaining(row -> silent.add(row.get("shape").toString()));
        }
        assertEquals(List.of(), silent, "shapes without sh:message or sh:name with sh:description");
    }

    @Test
    void dataIrisAreRelativeToTheBaseAndVocabularyIrisFixed() throws IOException {
        List<Path> files = new ArrayList<>(turtleFiles("data"));
        files.addAll(turtleFiles("ontology"));
        for (Path file : files) {
            Matcher matcher = IRI_IN_TEXT.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (matcher.find()) {
                String iri = matcher.group(1);
                if (iri.startsWith("tel:") || iri.startsWith("mailto:") || iri.startsWith(Iris.VOCABULARY_ROOT)) {
                    continue;
                }
                String host = URI.create(iri).getHost();
                assertTrue(OUTSIDE_HOSTS.contains(host), () -> file.getFileName() + " names a host of its own: " + iri);
            }
        }
    }

    private static void assertConforms(Shapes shapes, Graph graph, String what) {
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        if (!report.conforms()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ShLib.printReport(out, report);
            fail(what + " violate the shapes:\n" + out.toString(StandardCharsets.UTF_8));
        }
    }

    private static boolean ask(String query) {
        try (QueryExecution qe = QueryExecution.create(QueryFactory.create(PREFIXES + query, BASE), all)) {
            return qe.execAsk();
        }
    }

    private static List<QuerySolution> select(String query) {
        try (QueryExecution qe = QueryExecution.create(QueryFactory.create(PREFIXES + query, BASE), all)) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    private static String local(String iri) {
        return iri.startsWith(BASE) ? iri.substring(BASE.length()) : iri;
    }

    private static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static List<Path> turtleFiles(String folder) {
        try (Stream<Path> files = Files.list(projectDir.resolve(folder))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".ttl")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list " + projectDir.resolve(folder), e);
        }
    }

    private static Graph parse(List<Path> files) {
        Graph graph = GraphFactory.createDefaultGraph();
        files.forEach(file -> RDFParser.source(file).base(BASE).parse(graph));
        return graph;
    }
}
