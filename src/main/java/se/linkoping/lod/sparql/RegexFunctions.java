package se.linkoping.lod.sparql;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL's {@code REGEX} and {@code REPLACE} (and XPath's {@code fn:matches} and {@code fn:replace},
 * the same functions) over {@link LinearRegex}: what the public endpoint runs in place of Jena's
 * implementations over {@code java.util.regex}, which can backtrack for longer than any timeout.
 */
final class RegexFunctions {

    private RegexFunctions() {
    }

    /** {@code REGEX(text, pattern [, flags])}. */
    static final class Match extends Base {
        Match(ExprList args) {
            super("regex", args, 2);
        }

        @Override
        NodeValue apply(List<NodeValue> args, AtomicBoolean cancel) {
            String text = lexicalForm(args.get(0));
            return NodeValue.booleanReturn(regex(args.get(1), flags(args, 2)).find(text, cancel));
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Match(newArgs);
        }
    }

    /** {@code REPLACE(text, pattern, replacement [, flags])}; the result keeps the text's language tag. */
    static final class Replace extends Base {
        Replace(ExprList args) {
            super("replace", args, 3);
        }

        @Override
        NodeValue apply(List<NodeValue> args, AtomicBoolean cancel) {
            Node text = stringLiteral(args.get(0));
            LinearRegex regex = regex(args.get(1), flags(args, 3));
            if (regex.matchesEmpty()) {
                throw new ExprEvalException("REPLACE: the pattern matches the empty string");
            }
            String replaced = regex.replaceAll(text.getLiteralLexicalForm(), lexicalForm(args.get(2)), cancel);
            String lang = text.getLiteralLanguage();
            return lang.isEmpty() ? NodeValue.makeString(replaced)
                    : NodeValue.makeNode(NodeFactory.createLiteralLang(replaced, lang));
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Replace(newArgs);
        }
    }

    /** The arguments' checks, the cancel signal, and the last pattern compiled (mostly a constant). */
    private abstract static class Base extends ExprFunctionN {
        private volatile Compiled last;

        Base(String name, ExprList args, int required) {
            super(name, args);
            if (args.size() < required || args.size() > required + 1) {
                throw new ExprEvalException(name.toUpperCase() + " takes " + required + " or " + (required + 1)
                        + " arguments");
            }
        }

        abstract NodeValue apply(List<NodeValue> args, AtomicBoolean cancel);

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            return apply(args, cancelSignal(env));
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            return apply(args, null);
        }

        String flags(List<NodeValue> args, int index) {
            return args.size() > index ? lexicalForm(args.get(index)) : "";
        }

        LinearRegex regex(NodeValue pattern, String flags) {
            String text = lexicalForm(pattern);
            Compiled compiled = last;
            if (compiled == null || !compiled.pattern().equals(text) || !compiled.flags().equals(flags)) {
                compiled = new Compiled(text, flags, LinearRegex.compile(text, flags));
                last = compiled;
            }
            return compiled.regex();
        }

        private static AtomicBoolean cancelSignal(FunctionEnv env) {
            if (env instanceof ExecutionContext execution) {
                return execution.getCancelSignal();
            }
            return env == null ? null : Context.getCancelSignal(env.getContext());
        }
    }

    private record Compiled(String pattern, String flags, LinearRegex regex) {
    }

    static String lexicalForm(NodeValue value) {
        return stringLiteral(value).getLiteralLexicalForm();
    }

    /** The literal when it is a string (plain, {@code xsd:string} or with a language tag); else an error. */
    static Node stringLiteral(NodeValue value) {
        Node node = value.asNode();
        if (node.isLiteral() && (XSDDatatype.XSDstring.equals(node.getLiteralDatatype())
                || !node.getLiteralLanguage().isEmpty())) {
            return node;
        }
        throw new ExprEvalException("Not a string literal: " + value);
    }
}
