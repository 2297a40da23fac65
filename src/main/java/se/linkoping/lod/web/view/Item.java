package se.linkoping.lod.web.view;

/**
 * One entry of a list: a link to a resource's page, with a line about it.
 *
 * @param href        the link to its page
 * @param label       its name
 * @param description a line about it, or null
 * @param note        a short remark (e.g. "member since 2015"), or null
 */
public record Item(String href, Text label, Text description, Text note) {
}
