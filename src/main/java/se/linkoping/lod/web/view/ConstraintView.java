package se.linkoping.lod.web.view;

import java.util.List;

/**
 * One parameter of a shape (a constraint such as {@code sh:minCount 2}, or a target) with its values.
 *
 * @param key   the parameter's local name in SHACL ({@code minCount}), which picks its wording on the page
 * @param name  its prefixed name ({@code sh:minCount})
 * @param known true when the page has wording for it; else the page shows {@code name}
 * @param values its values (the members, for a list such as {@code sh:in})
 * @param code  the query of a SPARQL constraint, else null
 */
public record ConstraintView(String key, String name, boolean known, List<Value> values, String code) {
}
