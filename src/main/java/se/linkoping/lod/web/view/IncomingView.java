package se.linkoping.lod.web.view;

/**
 * One link into the resource: which resource links here, and by which property.
 *
 * @param from     the linking resource
 * @param property the label of the linking property
 */
public record IncomingView(Value from, Text property) {
}
