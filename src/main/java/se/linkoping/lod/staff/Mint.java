package se.linkoping.lod.staff;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;

import se.linkoping.lod.staff.FormShapes.Field;
import se.linkoping.lod.staff.FormShapes.FieldType;
import se.linkoping.lod.staff.FormShapes.Kind;

/**
 * IRIs for new things, from their names: {@code {base}id/{type}/{slug}}, the type as the things of the
 * kind already have it ({@code project}), the slug the Swedish name in lower case with å and ä as a,
 * ö as o, other accents dropped and anything else between words a hyphen ("Kultur för alla" →
 * {@code kultur-for-alla}); made unique with {@code -2}, {@code -3}, … and never one that was retired.
 */
final class Mint {

    private static final int LONGEST_SLUG = 60;

    private Mint() {
    }

    /** The slug of a name. */
    static String slug(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace('å', 'a').replace('ä', 'a').replace('ö', 'o');
        String plain = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > LONGEST_SLUG) {
            slug = slug.substring(0, LONGEST_SLUG).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "thing" : slug;
    }

    /** The name to mint from: the thing's name (Swedish first), else its first text, or null when there is none. */
    static String name(Kind kind, Map<Node, List<Node>> values) {
        for (Field field : kind.fields()) {
            if (!FormShapes.NAMES.contains(field.path())) {
                continue;
            }
            List<Node> sent = values.getOrDefault(field.path(), List.of()).stream().filter(Node::isLiteral).toList();
            if (!sent.isEmpty()) {
                return sent.stream().filter(n -> "sv".equals(n.getLiteralLanguage())).findFirst().orElse(sent.get(0))
                        .getLiteralLexicalForm();
            }
        }
        for (Field field : kind.fields()) {
            List<Node> sent = values.getOrDefault(field.path(), List.of());
            if (field.type() == FieldType.TEXT_BY_LANGUAGE && !sent.isEmpty()) {
                return sent.stream().filter(n -> "sv".equals(n.getLiteralLanguage())).findFirst().orElse(sent.get(0))
                        .getLiteralLexicalForm();
            }
        }
        for (Field field : kind.fields()) {
            List<Node> sent = values.getOrDefault(field.path(), List.of());
            if (field.type() == FieldType.TEXT && !sent.isEmpty()) {
                return sent.get(0).getLiteralLexicalForm();
            }
        }
        return null;
    }

    /** A new IRI for a thing of the kind with this name, unused in the data and never retired. */
    static Node iri(Kind kind, String name, Graph graph, Set<String> retired, String base) {
        String prefix = base + "id/" + typeSegment(kind, graph, base) + "/";
        String slug = slug(name);
        String candidate = prefix + slug;
        for (int n = 2; used(graph, candidate) || retired.contains(candidate); n++) {
            candidate = prefix + slug + "-" + n;
        }
        return NodeFactory.createURI(candidate);
    }

    /** The type part most things of the kind have in their IRIs, else the kind's own name. */
    static String typeSegment(Kind kind, Graph graph, String base) {
        Map<String, Integer> counts = new HashMap<>();
        String root = base + "id/";
        graph.find(Node.ANY, RDF.type.asNode(), kind.targetClass()).forEach(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(root)) {
                String rest = t.getSubject().getURI().substring(root.length());
                int slash = rest.indexOf('/');
                if (slash > 0) {
                    counts.merge(rest.substring(0, slash), 1, Integer::sum);
                }
            }
        });
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(kind.slug());
    }

    private static boolean used(Graph graph, String iri) {
        Node node = NodeFactory.createURI(iri);
        return graph.contains(node, Node.ANY, Node.ANY) || graph.contains(Node.ANY, Node.ANY, node);
    }
}
