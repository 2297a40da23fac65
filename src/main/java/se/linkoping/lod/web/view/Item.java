package se.linkoping.lod.web.view;

import java.util.List;

/**
 * One entry of a list: a link to a resource's page, with a line about it.
 *
 * @param href        the link to its page
 * @param label       its name
 * @param description a line about it, or null
 * @param note        a short remark (e.g. "member since 2015"), or null
 * @param parts       the entries listed under it (a project's activities), often none
 */
public record Item(String href, Text label, Text description, Text note, List<Item> parts) {

    public Item {
        parts = List.copyOf(parts);
    }

    /** An entry with nothing listed under it. */
    public Item(String href, Text label, Text description, Text note) {
        this(href, label, description, note, List.of());
    }
}
