package se.linkoping.lod.web.view;

import java.util.List;

/**
 * What the whole dataset covers, as its home page shows it: the years of its projects and the places
 * it names (the home page's towns).
 *
 * @param firstYear the earliest year of a project, or null when none has one
 * @param lastYear  the latest year of a project, or null when none has one
 * @param places    the places, each a link to its page and its name
 */
public record DatasetCoverage(Integer firstYear, Integer lastYear, List<Item> places) {

    public DatasetCoverage {
        places = List.copyOf(places);
    }

    /** The years as schema.org and ISO 8601 write an interval ({@code 2015/2024}), or null. */
    public String temporal() {
        if (firstYear == null) {
            return null;
        }
        return firstYear.equals(lastYear) ? String.valueOf(firstYear) : firstYear + "/" + lastYear;
    }
}
