package se.linkoping.lod.sparql;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * What one query may build in memory: each value a function makes (a string, the digits of a number)
 * is at most {@code maxValueLength} characters, and all the values it makes together at most
 * {@code maxBuiltLength}. A query that goes beyond is cancelled at once, and the reason kept for its
 * answer; other queries do not notice.
 *
 * <p>The public endpoint wraps every function that can make a value larger than its arguments
 * ({@code CONCAT}, {@code REPLACE}, {@code ENCODE_FOR_URI}, multiplication, extension functions) in
 * {@link Checked}; each query gets its own {@link Budget} in its context.
 */
final class BuildLimit {

    /** The budget of one query in its context. */
    static final Symbol BUDGET = Symbol.create("http://linkoping.se/lod/sparql#buildBudget");

    private BuildLimit() {
    }

    /** What one query has built so far, and why it was stopped, if it was. */
    static final class Budget {
        private final long maxValueLength;
        private final long maxBuiltLength;
        private final AtomicLong built = new AtomicLong();
        private final AtomicReference<String> exceeded = new AtomicReference<>();

        Budget(long maxValueLength, long maxBuiltLength) {
            this.maxValueLength = maxValueLength;
            this.maxBuiltLength = maxBuiltLength;
        }

        /** The reason the query was stopped, or {@code null} while it keeps within its budget. */
        String exceeded() {
            return exceeded.get();
        }

        void charge(long length, AtomicBoolean cancel) {
            String reason = null;
            if (length > maxValueLength) {
                reason = String.format("The query builds a value of more than %,d characters, the most this endpoint "
                        + "allows; it was stopped.", maxValueLength);
            } else if (built.addAndGet(length) > maxBuiltLength) {
                reason = String.format("The query builds more than %,d characters of values in all, the most this "
                        + "endpoint allows one query; it was stopped.", maxBuiltLength);
            }
            if (reason != null) {
                exceeded.compareAndSet(null, reason);
                if (cancel != null) {
                    cancel.set(true);
                }
                throw new ExprEvalException(reason);
            }
        }
    }

    /** A function call whose result is charged to the query's budget. */
    static final class Checked extends ExprFunction1 {
        Checked(Expr expr) {
            super(expr, "checked");
        }

        @Override
        public NodeValue eval(NodeValue value, FunctionEnv env) {
            Budget budget = env == null ? null : env.getContext().get(BUDGET);
            if (budget != null) {
                budget.charge(size(value), cancelSignal(env));
            }
            return value;
        }

        @Override
        public NodeValue eval(NodeValue value) {
            return value;
        }

        @Override
        public Expr copy(Expr newExpr) {
            return new Checked(newExpr);
        }

        /** The characters a value holds: its digits, lexical form or IRI (numbers are not written out for it). */
        private static long size(NodeValue value) {
            if (value.isInteger()) {
                return value.getInteger().bitLength() * 3L / 10 + 1;
            }
            if (value.isDecimal()) {
                return value.getDecimal().unscaledValue().bitLength() * 3L / 10 + 1 + Math.abs(value.getDecimal().scale());
            }
            Node node = value.asNode();
            if (node.isLiteral()) {
                return node.getLiteralLexicalForm().length();
            }
            return node.isURI() ? node.getURI().length() : 0;
        }

        private static AtomicBoolean cancelSignal(FunctionEnv env) {
            return env instanceof ExecutionContext execution ? execution.getCancelSignal()
                    : Context.getCancelSignal(env.getContext());
        }
    }
}
