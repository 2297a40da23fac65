package se.linkoping.lod.load;

import java.util.List;

/** A load refused because its input has problems; the store was left as it was. */
public final class LoadRejected extends RuntimeException {

    private final transient List<Problem> problems;

    public LoadRejected(List<Problem> problems) {
        super(problems.size() + " problem(s) in the data; the store was left unchanged");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
