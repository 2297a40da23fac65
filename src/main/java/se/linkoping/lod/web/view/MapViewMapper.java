package se.linkoping.lod.web.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;

import se.linkoping.lod.model.Iris;

/** Maps the result of {@code map.rq} to the {@link MapView}: a pure function. */
public final class MapViewMapper {

    /** A WKT point, {@code POINT(longitude latitude)}, as the shapes require it. */
    private static final Pattern POINT = Pattern.compile(
            "^\\s*POINT\\s*\\(\\s*(-?[0-9]+(?:\\.[0-9]+)?)\\s+(-?[0-9]+(?:\\.[0-9]+)?)\\s*\\)\\s*$",
            Pattern.CASE_INSENSITIVE);

    private final Iris iris;

    public MapViewMapper(Iris iris) {
        this.iris = iris;
    }

    /** The map's places in the page's language; a town without a readable point is left out. */
    public MapView map(ResultSetRewindable rows, PageLanguage lang) {
        Links links = new Links(iris, lang);
        List<MapView.Place> towns = new ArrayList<>();
        List<MapView.Place> countries = new ArrayList<>();
        rows.reset();
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            String iri = row.getResource("place").getURI();
            Literal sv = literal(row, "labelSv");
            Literal en = literal(row, "labelEn");
            Text label = Labels.best(present(sv, en), lang).orElse(Text.plain(Labels.localName(iri)));
            boolean partner = flag(row, "partner");
            Optional<double[]> point = point(literal(row, "wkt"));
            if (row.contains("wkt") || row.contains("country")) {
                if (point.isEmpty()) {
                    continue;
                }
                MapView.Kind kind = flag(row, "home") ? MapView.Kind.HOME : flag(row, "twin") ? MapView.Kind.TWIN
                        : partner ? MapView.Kind.PARTNER : MapView.Kind.OTHER;
                Text country = Labels.best(present(literal(row, "countrySv"), literal(row, "countryEn")), lang)
                        .orElse(null);
                towns.add(new MapView.Place(iri, links.href(iri), label, lexical(sv), lexical(en), kind, partner,
                        country, point.get()[0], point.get()[1]));
            } else {
                countries.add(new MapView.Place(iri, links.href(iri), label, lexical(sv), lexical(en),
                        MapView.Kind.PARTNER, true, null, Double.NaN, Double.NaN));
            }
        }
        return new MapView(towns, countries);
    }

    /** Longitude and latitude of a WKT point, or empty when it is none or off the Earth. */
    static Optional<double[]> point(Literal wkt) {
        if (wkt == null) {
            return Optional.empty();
        }
        Matcher matcher = POINT.matcher(wkt.getLexicalForm());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        double longitude = Double.parseDouble(matcher.group(1));
        double latitude = Double.parseDouble(matcher.group(2));
        if (Math.abs(longitude) > 180 || Math.abs(latitude) > 90) {
            return Optional.empty();
        }
        return Optional.of(new double[] {longitude, latitude});
    }

    private static boolean flag(QuerySolution row, String name) {
        RDFNode node = row.get(name);
        return node != null && node.isLiteral() && node.asLiteral().getBoolean();
    }

    private static Literal literal(QuerySolution row, String name) {
        RDFNode node = row.get(name);
        return node != null && node.isLiteral() ? node.asLiteral() : null;
    }

    private static List<Literal> present(Literal... literals) {
        List<Literal> list = new ArrayList<>();
        for (Literal literal : literals) {
            if (literal != null) {
                list.add(literal);
            }
        }
        return list;
    }

    private static String lexical(Literal literal) {
        return literal == null ? null : literal.getLexicalForm();
    }
}
