package se.linkoping.lod.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

import se.linkoping.lod.staff.FormShapes.Field;
import se.linkoping.lod.staff.FormShapes.FieldType;
import se.linkoping.lod.staff.FormShapes.Kind;
import se.linkoping.lod.testing.RunningSite;

/** The kinds and fields read from the project's shapes, and the slugs of new IRIs: pure functions, no server. */
class FormShapesTest {

    private static final String LKP = "https://w3id.org/lkp/def/ns#";

    private final Graph shapes = RDFDataMgr.loadGraph(RunningSite.PROJECT.resolve("ontology/shapes.ttl").toString());

    @Test
    void everyKindTheSourcePageNamesHasAForm() {
        List<String> kinds = FormShapes.kinds(shapes, "en").stream().map(Kind::slug).toList();
        assertTrue(kinds.containsAll(List.of("project", "activity", "network", "membership", "town", "country",
                "organization", "programme", "strategy", "contact", "sourcepage")), kinds.toString());
        assertEquals("Internationellt projekt", FormShapes.kind(shapes, "project").orElseThrow().name("sv"));
    }

    @Test
    void theProjectsFieldsFollowItsPropertyShapes() {
        Kind project = FormShapes.kind(shapes, "project").orElseThrow();
        Field name = project.fields().get(0);
        assertEquals(FieldType.TEXT_BY_LANGUAGE, name.type(), "the name comes first");
        assertEquals(List.of("sv", "en"), name.languages());
        assertTrue(name.required());
        Field programme = field(project, "programme");
        assertEquals(FieldType.LINK, programme.type());
        assertEquals(LKP + "Programme", programme.linkClass().getURI());
        assertFalse(programme.repeatable(), "sh:maxCount 1");
        assertEquals(FieldType.YEAR, field(project, "ongoingIn").type());
        assertTrue(field(project, "ongoingIn").repeatable());
        assertEquals(FieldType.YEAR, field(project, "endedIn").type());
        assertFalse(field(project, "endedIn").required());
        assertEquals("Fill in when the project has ended; an ended project is not deleted.",
                field(project, "endedIn").description("en"));
        assertEquals(FieldType.INTEGER, field(project, "listPosition").type());
        assertTrue(project.fixed().stream().anyMatch(t -> t.getObject().getURI().equals("http://xmlns.com/foaf/0.1/Project")),
                "sh:hasValue of rdf:type is given to every new project, not asked for");
    }

    @Test
    void aTownsAuthorityLinksAreTypedInAndAContactsEmailIsNoField() {
        assertEquals(FieldType.IRI, FormShapes.kind(shapes, "town").orElseThrow().field(
                NodeFactory.createURI("http://www.w3.org/2002/07/owl#sameAs")).orElseThrow().type());
        assertTrue(FormShapes.kind(shapes, "contact").orElseThrow().field(
                NodeFactory.createURI("http://www.w3.org/2006/vcard/ns#hasEmail")).isEmpty(), "sh:maxCount 0");
    }

    @Test
    void slugsAreLowerCaseWithoutSwedishLettersOrAccents() {
        assertEquals("kultur-for-alla", Mint.slug("Kultur för alla"));
        assertEquals("angsbacka-arsmote", Mint.slug("Ängsbacka årsmöte"));
        assertEquals("cafe-europa-2026", Mint.slug("  Café Europa: 2026! "));
        assertEquals("thing", Mint.slug("???"));
    }

    private static Field field(Kind kind, String localName) {
        return kind.field(NodeFactory.createURI(LKP + localName)).orElseThrow();
    }
}
