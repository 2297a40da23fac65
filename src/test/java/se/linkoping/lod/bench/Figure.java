package se.linkoping.lod.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * One figure of the results: the median of its runs, their spread, and the goal it is held to.
 *
 * @param name   its name in the results, e.g. {@code page_vs_hello_uncached}
 * @param runs   the value of each run
 * @param unit   what the number counts ({@code ratio}, {@code s}, {@code MB}, {@code queries})
 * @param goal   the goal, or null when the figure is for information
 * @param atMost true when the goal is a ceiling (lower is better), false when it is a floor
 */
record Figure(String name, List<Double> runs, String unit, Double goal, boolean atMost) {

    Figure {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("No runs for " + name);
        }
        runs = List.copyOf(runs);
    }

    static Figure floor(String name, List<Double> runs, String unit, double goal) {
        return new Figure(name, runs, unit, goal, false);
    }

    static Figure ceiling(String name, List<Double> runs, String unit, double goal) {
        return new Figure(name, runs, unit, goal, true);
    }

    static Figure info(String name, List<Double> runs, String unit) {
        return new Figure(name, runs, unit, null, false);
    }

    double median() {
        List<Double> sorted = new ArrayList<>(runs);
        sorted.sort(Double::compare);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    double min() {
        return runs.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    double max() {
        return runs.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }

    /** True when the median meets the goal; null when there is no goal. */
    Boolean met() {
        if (goal == null) {
            return null;
        }
        return atMost ? median() <= goal : median() >= goal;
    }

    /** The goal as text, e.g. {@code ≥ 0.5}. */
    String goalText() {
        return goal == null ? "" : (atMost ? "≤ " : "≥ ") + Format.number(goal);
    }

    /** Ratios run by run: {@code numerators[i] / denominators[i]}. */
    static List<Double> ratios(List<Double> numerators, List<Double> denominators) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < numerators.size(); i++) {
            ratios.add(numerators.get(i) / denominators.get(i));
        }
        return ratios;
    }
}
