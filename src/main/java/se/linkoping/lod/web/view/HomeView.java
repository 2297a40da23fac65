package se.linkoping.lod.web.view;

import java.util.List;

/**
 * The home page: what the source page says, structured.
 *
 * @param title      the source page's title
 * @param intro      its introduction, paragraph by paragraph
 * @param sourceHref the link to the source page's own resource page
 * @param sourceDate when the source page was last updated (ISO date), or null
 * @param strategy   the administration's international strategy, or null
 * @param projects   the ongoing projects and activities, in the page's order
 * @param networks   the networks, in the page's order
 * @param twinTowns  the twin towns, in the page's order, each with its country
 * @param contact    the contact, or null
 */
public record HomeView(Text title, List<Text> intro, String sourceHref, String sourceDate, Item strategy,
                       List<Item> projects, List<Item> networks, List<Item> twinTowns, ContactView contact) {

    /**
     * The contact of the home page.
     *
     * @param name      the person's name
     * @param role      the role's title
     * @param unit      the unit the role belongs to
     * @param phone     the telephone number as the page writes it, or null
     * @param phoneHref the {@code tel:} link, or null
     * @param href      the link to the contact role's page
     */
    public record ContactView(Text name, Text role, Text unit, String phone, String phoneHref, String href) {
    }
}
