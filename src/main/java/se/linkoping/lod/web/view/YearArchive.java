package se.linkoping.lod.web.view;

import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;

import se.linkoping.lod.model.Iris;

/**
 * The years of the projects, for the year archive ({@code /projects?year=2023}): a project belongs to
 * each year it was ongoing ({@code lkp:ongoingIn}) and to the years from its start to its end
 * ({@code schema:startDate}, {@code schema:endDate}; without an end, only the start counts). Pure functions.
 */
public final class YearArchive {

    private static final String SCHEMA = "http://schema.org/";

    private YearArchive() {
    }

    /**
     * The years around one year, with links to the nearest earlier and later years that have projects.
     *
     * @param year         the year shown
     * @param earlier      the nearest earlier year with projects, or null
     * @param later        the nearest later year with projects, or null
     * @param yearHref     the archive's page of the year shown
     * @param earlierHref  the archive's page of the earlier year, or null
     * @param laterHref    the archive's page of the later year, or null
     */
    public record YearNav(int year, Integer earlier, Integer later, String yearHref, String earlierHref,
                          String laterHref) {

        /** The navigation around {@code year} among {@code years}; {@code archiveHref} in the reader's language. */
        public static YearNav around(int year, NavigableSet<Integer> years, String archiveHref) {
            Integer earlier = years.lower(year);
            Integer later = years.higher(year);
            return new YearNav(year, earlier, later, FiguresViewMapper.yearHref(archiveHref, year),
                    earlier == null ? null : FiguresViewMapper.yearHref(archiveHref, earlier),
                    later == null ? null : FiguresViewMapper.yearHref(archiveHref, later));
        }
    }

    /** The year a reader looking at {@code today}'s projects sees: the latest year up to it with projects, else the first. */
    public static int current(NavigableSet<Integer> years, int today) {
        Integer atOrBefore = years.floor(today);
        if (atOrBefore != null) {
            return atOrBefore;
        }
        return years.isEmpty() ? today : years.first();
    }

    /** Every year a project or activity of the model belongs to. */
    public static NavigableSet<Integer> years(Model model, Iterable<Resource> projects) {
        NavigableSet<Integer> years = new TreeSet<>();
        for (Resource project : projects) {
            years.addAll(yearsOf(model, project));
        }
        return years;
    }

    /** True when the project belongs to the year. */
    public static boolean in(Model model, Resource project, int year) {
        return yearsOf(model, project).contains(year);
    }

    private static NavigableSet<Integer> yearsOf(Model model, Resource project) {
        NavigableSet<Integer> years = new TreeSet<>();
        model.listObjectsOfProperty(project, model.createProperty(Iris.VOCABULARY_ROOT + Iris.ONTOLOGY_PATH + "#ongoingIn"))
                .forEach(node -> year(node).ifPresent(years::add));
        Integer start = first(model, project, model.createProperty(SCHEMA + "startDate"));
        Integer end = first(model, project, model.createProperty(SCHEMA + "endDate"));
        if (start != null) {
            for (int year = start; year <= (end == null ? start : end); year++) {
                years.add(year);
            }
        }
        return years;
    }

    private static Integer first(Model model, Resource project, Property property) {
        return model.listObjectsOfProperty(project, property).toList().stream()
                .map(YearArchive::year).flatMap(Optional::stream).min(Integer::compare).orElse(null);
    }

    private static Optional<Integer> year(RDFNode node) {
        if (!node.isLiteral()) {
            return Optional.empty();
        }
        String lexical = node.asLiteral().getLexicalForm();
        if (lexical.length() < 4 || !lexical.substring(0, 4).chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(lexical.substring(0, 4)));
    }
}
