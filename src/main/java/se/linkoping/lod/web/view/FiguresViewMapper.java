package se.linkoping.lod.web.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;

import se.linkoping.lod.model.Iris;

/**
 * Maps the results of the figures queries ({@code figures-*.rq}) to {@link Chart}s laid out for their
 * SVG template, and the years of the projects to the year archive's links: pure functions.
 */
public final class FiguresViewMapper {

    private final Iris iris;

    public FiguresViewMapper(Iris iris) {
        this.iris = iris;
    }

    /** One row of a chart before it is laid out. */
    public record Count(Text label, String href, long value) {
    }

    /**
     * Counts of things ({@code ?count}, named by {@code ?labelSv}/{@code ?labelEn}, linked by the IRI in
     * {@code thing}), in the result's order.
     */
    public List<Count> countsOfThings(ResultSetRewindable rows, String thing, PageLanguage lang) {
        Links links = new Links(iris, lang);
        List<Count> counts = new ArrayList<>();
        rows.reset();
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            String iri = row.getResource(thing).getURI();
            Text label = Labels.best(row, lang, "labelSv", "labelEn").orElse(Text.plain(Labels.localName(iri)));
            counts.add(new Count(label, links.href(iri), row.getLiteral("count").getLong()));
        }
        return counts;
    }

    /** The projects of each year ({@code ?year}, {@code ?count}), each linked to its year of the archive. */
    public static List<Count> projectsByYear(ResultSetRewindable rows, String archiveHref) {
        List<Count> counts = new ArrayList<>();
        for (Map.Entry<Integer, Long> year : years(rows).entrySet()) {
            counts.add(new Count(Text.plain(String.valueOf(year.getKey())), yearHref(archiveHref, year.getKey()),
                    year.getValue()));
        }
        return counts;
    }

    /** The years of the result ({@code ?year}) with their counts ({@code ?count}), in order. */
    public static TreeMap<Integer, Long> years(ResultSetRewindable rows) {
        TreeMap<Integer, Long> years = new TreeMap<>();
        rows.reset();
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            if (row.contains("year")) {
                years.put(row.getLiteral("year").getInt(), row.getLiteral("count").getLong());
            }
        }
        return years;
    }

    /**
     * The memberships in force in each year ({@code ?since}, {@code ?until}), from the first year one
     * began to {@code thisYear} (or the last year one began or ended, when later).
     */
    public static List<Count> membershipsOverTime(ResultSetRewindable rows, int thisYear) {
        List<int[]> spans = new ArrayList<>();
        rows.reset();
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            if (row.contains("since")) {
                int since = row.getLiteral("since").getInt();
                int until = row.contains("until") ? row.getLiteral("until").getInt() : Integer.MAX_VALUE;
                spans.add(new int[] {since, until});
            }
        }
        if (spans.isEmpty()) {
            return List.of();
        }
        int first = spans.stream().mapToInt(s -> s[0]).min().orElseThrow();
        int last = Math.max(thisYear, spans.stream().mapToInt(s -> Math.max(s[0], s[1] == Integer.MAX_VALUE ? s[0] : s[1]))
                .max().orElseThrow());
        List<Count> counts = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            int y = year;
            long inForce = spans.stream().filter(s -> s[0] <= y && y <= s[1]).count();
            counts.add(new Count(Text.plain(String.valueOf(year)), null, inForce));
        }
        return counts;
    }

    /** The chart of these counts, with the query that made them and the query page's link to it. */
    public static Chart chart(String id, List<Count> counts, String query, String queryPageHref) {
        long max = counts.stream().mapToLong(Count::value).max().orElse(0);
        long step = tickStep(max);
        long top = max == 0 ? 1 : ((max + step - 1) / step) * step;
        List<Chart.Bar> bars = new ArrayList<>();
        int y = Chart.MARGIN;
        for (Count count : counts) {
            bars.add(new Chart.Bar(count.label(), count.href(), count.value(), y,
                    (double) Chart.BARS_WIDTH * count.value() / top));
            y += Chart.ROW;
        }
        List<Chart.Tick> ticks = new ArrayList<>();
        for (long value = 0; value <= top; value += step) {
            ticks.add(new Chart.Tick(value, Chart.BARS_X + (double) Chart.BARS_WIDTH * value / top));
        }
        String separator = queryPageHref.contains("?") ? "&" : "?";
        return new Chart(id, bars, ticks, y + Chart.MARGIN + 16, query,
                queryPageHref + separator + "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    /** The link to one year of the archive; {@code archiveHref} is the archive's page in the reader's language. */
    public static String yearHref(String archiveHref, int year) {
        return archiveHref + (archiveHref.contains("?") ? "&" : "?") + "year=" + year;
    }

    /** A whole step between axis marks that gives at most five of them. */
    private static long tickStep(long max) {
        long step = 1;
        while (max / step > 5) {
            step = step == 1 ? 2 : step == 2 ? 5 : step * 2;
        }
        return step;
    }
}
