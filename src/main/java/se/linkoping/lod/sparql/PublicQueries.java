package se.linkoping.lod.sparql;

import java.util.Iterator;
import java.util.Set;

import org.apache.jena.query.text.TextQuery;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.E_Call;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Multiply;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrEncodeForURI;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.ExprVisitor;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.expr.aggregate.AggCustom;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.vocabulary.XSD;

/**
 * What the public endpoint makes of a query before it runs it.
 *
 * <ul>
 * <li>{@code SERVICE} anywhere, also inside {@code EXISTS} or a subquery: refused with 422.</li>
 * <li>Functions named by IRI: only the standard ones (the XSD constructor functions, such as
 *     {@code xsd:integer(?x)}) and those the operator allows; any other, {@code java:} among them,
 *     is refused with 400 before anything is looked up or loaded. Dynamic calls ({@code CALL}) and
 *     custom aggregates outside the allow-list are refused the same way.</li>
 * <li>{@code REGEX} and {@code REPLACE} (and {@code fn:matches}, {@code fn:replace} when allowed)
 *     run on {@link LinearRegex}, in time linear in their text.</li>
 * <li>Functions that can make a value larger than their arguments are charged to the query's
 *     {@link BuildLimit}.</li>
 * </ul>
 * Property functions are off but for {@code text:query}, the full-text search of the store's index:
 * the {@linkplain #context registries} of the endpoint hold only the allowed functions and that one
 * property function, and never load a class named by an IRI.
 */
final class PublicQueries {

    /** The namespace of the XPath functions. */
    static final String FN = "http://www.w3.org/2005/xpath-functions#";
    /** The full-text search of the store's index, the one property function offered. */
    static final String TEXT_QUERY = TextQuery.NS + "query";

    private final Set<String> allowed;

    /**
     * @param allowed the IRIs of the functions of Jena's library the operator allows beyond the standard
     *                ones; each must be known to Jena
     * @throws IllegalArgumentException when one is not a function Jena knows
     */
    PublicQueries(Set<String> allowed) {
        FunctionRegistry standard = FunctionRegistry.get();
        for (String iri : allowed) {
            if (iri.startsWith("java:")) {
                throw new IllegalArgumentException("java: functions load classes by name and are never available: " + iri);
            }
            if (!standard.isRegistered(iri)) {
                throw new IllegalArgumentException("Not a function of Jena's library, cannot allow it: " + iri);
            }
        }
        this.allowed = Set.copyOf(allowed);
    }

    /** Whether a query may call the function of this IRI. */
    boolean allows(String iri) {
        return allowed.contains(iri) || iri.startsWith(XSD.NS) && FunctionRegistry.get().isRegistered(iri);
    }

    /**
     * The query as the endpoint runs it.
     *
     * @throws QueryRefused when it uses {@code SERVICE} or a function that is not allowed
     */
    Query prepare(Query query) {
        Query prepared = QueryTransformOps.transform(query, new RefuseService(), new Rewrite());
        refuseService(Algebra.compile(prepared));
        return prepared;
    }

    /** Refuses {@code SERVICE} anywhere in the algebra, also in the patterns of {@code EXISTS} and subqueries. */
    private static void refuseService(Op op) {
        OpVisitorBase services = new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                throw new QueryRefused(422, "SERVICE is not available on this endpoint: " + service.getService());
            }
        };
        ExprVisitor patterns = new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp function) {
                if (function.getGraphPattern() != null) {
                    refuseService(function.getGraphPattern());
                }
            }
        };
        Walker.walk(op, services, patterns);
    }

    /** Puts into the endpoint's context the function registry of the allowed functions and of {@code text:query}. */
    void context(Context context) {
        FunctionRegistry functions = new ClosedFunctionRegistry();
        Iterator<String> known = FunctionRegistry.get().keys();
        while (known.hasNext()) {
            String iri = known.next();
            if (allows(iri)) {
                functions.put(iri, FunctionRegistry.get().get(iri));
            }
        }
        FunctionRegistry.set(context, functions);
        PropertyFunctionRegistry properties = new ClosedPropertyFunctionRegistry();
        PropertyFunctionFactory textQuery = PropertyFunctionRegistry.get().get(TEXT_QUERY);
        if (textQuery != null) {
            properties.put(TEXT_QUERY, textQuery);
        }
        PropertyFunctionRegistry.set(context, properties);
    }

    private static final class RefuseService extends ElementTransformCopyBase {
        @Override
        public Element transform(ElementService service, Node name, Element body) {
            throw new QueryRefused(422, "SERVICE is not available on this endpoint: " + name);
        }
    }

    private final class Rewrite extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionN function, ExprList args) {
            if (function instanceof E_Regex) {
                return new RegexFunctions.Match(args);
            }
            if (function instanceof E_StrReplace) {
                return new BuildLimit.Checked(new RegexFunctions.Replace(args));
            }
            if (function instanceof E_StrConcat) {
                return new BuildLimit.Checked(function.copy(args));
            }
            if (function instanceof E_Call) {
                throw new QueryRefused(400, "Dynamic function calls (CALL) are not available on this endpoint.");
            }
            if (function instanceof E_Function call) {
                return named(call, args);
            }
            return super.transform(function, args);
        }

        @Override
        public Expr transform(ExprFunction2 function, Expr left, Expr right) {
            Expr copy = super.transform(function, left, right);
            return function instanceof E_Multiply ? new BuildLimit.Checked(copy) : copy;
        }

        @Override
        public Expr transform(ExprFunction1 function, Expr arg) {
            Expr copy = super.transform(function, arg);
            return function instanceof E_StrEncodeForURI ? new BuildLimit.Checked(copy) : copy;
        }

        @Override
        public Expr transform(ExprAggregator aggregator) {
            if (aggregator.getAggregator() instanceof AggCustom custom && !allows(custom.getIRI())) {
                throw refused(custom.getIRI());
            }
            return super.transform(aggregator);
        }

        private Expr named(E_Function call, ExprList args) {
            String iri = call.getFunctionIRI();
            if (!allows(iri)) {
                throw refused(iri);
            }
            if ((FN + "matches").equals(iri)) {
                return new RegexFunctions.Match(args);
            }
            if ((FN + "replace").equals(iri)) {
                return new BuildLimit.Checked(new RegexFunctions.Replace(args));
            }
            return new BuildLimit.Checked(call.copy(args));
        }
    }

    private static QueryRefused refused(String iri) {
        return new QueryRefused(400, "The function <" + iri + "> is not available on this endpoint: it offers the "
                + "standard SPARQL functions" + " and those its operator allows.");
    }

    /** Only the functions put into it; never a class loaded for a {@code java:} IRI. */
    private static final class ClosedFunctionRegistry extends FunctionRegistry {
        @Override
        public FunctionFactory get(String uri) {
            return isRegistered(uri) ? super.get(uri) : null;
        }
    }

    /** Only the property functions put into it; never a class loaded for a {@code java:} IRI. */
    private static final class ClosedPropertyFunctionRegistry extends PropertyFunctionRegistry {
        @Override
        public boolean manages(String uri) {
            return isRegistered(uri);
        }

        @Override
        public PropertyFunctionFactory get(String uri) {
            return isRegistered(uri) ? super.get(uri) : null;
        }
    }
}
