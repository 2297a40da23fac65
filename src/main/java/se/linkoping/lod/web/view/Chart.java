package se.linkoping.lod.web.view;

import java.util.List;

/**
 * A bar chart of the figures page, laid out for its SVG template: one horizontal bar a row, the
 * geometry in the units of the SVG's view box ({@link #WIDTH} wide), and the query that made it.
 *
 * @param id        its name, the key of its texts ({@code figures.{id}.title}, {@code .desc}) and of its
 *                  element ids
 * @param bars      its rows, in order
 * @param ticks     the values marked on the axis, with their positions
 * @param height    the height of the view box
 * @param query     the SPARQL query that made it, as written
 * @param queryHref the query page with that query in its editor
 */
public record Chart(String id, List<Bar> bars, List<Tick> ticks, int height, String query, String queryHref) {

    /** The width of the view box. */
    public static final int WIDTH = 640;
    /** Where the bars start: the labels are to their left. */
    public static final int BARS_X = 200;
    /** The longest bar. */
    public static final int BARS_WIDTH = 380;
    /** The height of one row. */
    public static final int ROW = 32;
    /** The space above the first row and below the last, for the axis. */
    public static final int MARGIN = 16;

    public Chart {
        bars = List.copyOf(bars);
        ticks = List.copyOf(ticks);
    }

    /**
     * One bar.
     *
     * @param label  what it counts, in the page's language
     * @param href   the page of that thing, or null
     * @param value  the count
     * @param y      the top of its row
     * @param width  the length of its bar
     */
    public record Bar(Text label, String href, long value, int y, double width) {

        /** The middle of its row, where its texts sit. */
        public int middle() {
            return y + ROW / 2;
        }

        /** Where its value is written: just after the bar. */
        public double valueX() {
            return BARS_X + width + 6;
        }
    }

    /**
     * One mark on the value axis.
     *
     * @param value its value
     * @param x     its position
     */
    public record Tick(long value, double x) {
    }

    /** The bottom of the last row, where the axis is drawn. */
    public int axisY() {
        return height - MARGIN;
    }

    public int width() {
        return WIDTH;
    }

    public int barsX() {
        return BARS_X;
    }

    public int barsEnd() {
        return BARS_X + BARS_WIDTH;
    }
}
