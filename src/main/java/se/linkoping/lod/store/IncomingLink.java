package se.linkoping.lod.store;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Literal;

/**
 * One link into a described resource: {@code subject property resource}, with the subject's and
 * the property's labels where the data has them.
 *
 * @param subject         the linking node (an IRI or a blank node)
 * @param property        the linking property
 * @param labelSv         the subject's Swedish label, or null
 * @param labelEn         the subject's English label, or null
 * @param labelOther      a label in another or no language, or null
 * @param propertyLabelSv the property's Swedish label, or null
 * @param propertyLabelEn the property's English label, or null
 */
public record IncomingLink(Node subject, Node property, Literal labelSv, Literal labelEn, Literal labelOther,
                           Literal propertyLabelSv, Literal propertyLabelEn) {
}
