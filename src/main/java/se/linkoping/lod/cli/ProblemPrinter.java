package se.linkoping.lod.cli;

import java.io.PrintWriter;
import java.util.List;

import se.linkoping.lod.load.Problem;

/** Prints problems one a line, then a count, the way compilers and linters do. */
final class ProblemPrinter {

    private ProblemPrinter() {
    }

    static void print(PrintWriter err, List<Problem> problems) {
        problems.forEach(err::println);
        long syntax = problems.stream().filter(Problem.Syntax.class::isInstance).count();
        err.printf("%d problem(s): %d syntax error(s), %d shape violation(s)%n",
                problems.size(), syntax, problems.size() - syntax);
        if (syntax > 0) {
            err.println("The shapes were not checked: fix the syntax errors first.");
        }
        err.flush();
    }
}
