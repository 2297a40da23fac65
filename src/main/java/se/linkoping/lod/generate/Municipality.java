package se.linkoping.lod.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Writes one generated municipality with everything that is its own: the municipality and its
 * culture administration, its source page, contact and strategy, its twin towns, its memberships of
 * networks, its partners, and its international projects over the years with their activities.
 */
final class Municipality {

    /** The first and last year projects run in. */
    static final int FIRST_YEAR = 2014;
    static final int LAST_YEAR = 2025;

    /** Wikidata and GeoNames numbers from these on name no real entity. */
    private static final long UNUSED_WIKIDATA = 9_000_000_000L;
    private static final long UNUSED_GEONAMES = 900_000_000L;

    private final TripleSink sink;
    private final SharedThings shared;
    private final Network.Registry networks;
    private final Pool towns;
    private final Pool partners;
    private final SplittableRandom random;
    private final Names names;

    Municipality(TripleSink sink, SharedThings shared, Network.Registry networks, Pool towns, Pool partners,
                 SplittableRandom random) {
        this.sink = sink;
        this.shared = shared;
        this.networks = networks;
        this.towns = towns;
        this.partners = partners;
        this.random = random;
        this.names = new Names(random);
    }

    /** Writes municipality number {@code n} (from 0). */
    void write(long n) {
        String name = names.swedishTown();
        String slug = Names.slug(name) + "-" + n;
        Node municipality = sink.local("id/organization/" + slug);
        Node unit = sink.local("id/organization/" + slug + "-kultur-och-fritid");
        Node page = sink.local("id/document/" + slug + "-internationellt-arbete");

        writePage(page, municipality, name);
        List<Node> twins = writeTwinTowns(page);
        writeMunicipality(municipality, unit, page, name, n, twins);
        writeUnit(unit, municipality, page, name, slug, twins);
        writeStrategy(slug, unit, page, name);
        writeMemberships(municipality, page, name, slug);
        List<Node> ownPartners = writePartners(page, name);
        writeProjects(slug, unit, page, name, twins, ownPartners);
    }

    private void writePage(Node page, Node municipality, String name) {
        sink.types(page, sink.lkp("SourcePage"), Terms.FOAF_DOCUMENT, Terms.PROV_ENTITY, Terms.WEB_PAGE);
        sink.texts(page, Terms.PREF_LABEL, "Internationellt arbete i " + name, "International work in " + name);
        sink.texts(page, Terms.TITLE, "Internationellt arbete i " + name, "International work in " + name);
        sink.add(page, Terms.MODIFIED, TripleSink.date(String.format("%d-%02d-%02d",
                LAST_YEAR - random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28))));
        sink.add(page, Terms.PUBLISHER, municipality);
    }

    private void writeMunicipality(Node municipality, Node unit, Node page, String name, long n, List<Node> twins) {
        sink.types(municipality, Terms.FORMAL_ORGANIZATION, Terms.ORGANIZATION, Terms.FOAF_ORGANIZATION,
                Terms.FOAF_AGENT, Terms.GOVERNMENT_ORGANIZATION);
        sink.texts(municipality, Terms.PREF_LABEL, name + " kommun", name + " Municipality");
        sink.texts(municipality, Terms.FOAF_NAME, name + " kommun", name + " Municipality");
        sink.add(municipality, Terms.HAS_UNIT, unit);
        for (Node twin : twins) {
            sink.add(municipality, sink.lkp("twinTown"), twin);
        }
        sink.add(municipality, Terms.SAME_AS, Terms.uri("http://www.wikidata.org/entity/Q" + (UNUSED_WIKIDATA + n)));
        sink.add(municipality, Terms.SOURCE, shared.wikidata);
        sink.add(municipality, Terms.DERIVED_FROM, page);
    }

    private void writeUnit(Node unit, Node municipality, Node page, String name, String slug, List<Node> twins) {
        sink.types(unit, Terms.ORGANIZATIONAL_UNIT, Terms.ORGANIZATION, Terms.FOAF_ORGANIZATION, Terms.FOAF_AGENT);
        sink.texts(unit, Terms.PREF_LABEL, "Kultur- och fritidsförvaltningen i " + name,
                "Culture and Leisure Administration of " + name);
        sink.add(unit, Terms.UNIT_OF, municipality);
        for (Node twin : twins) {
            sink.add(unit, sink.lkp("inContactWith"), twin);
        }
        sink.add(unit, Terms.DERIVED_FROM, page);

        Node contact = sink.local("id/contact/" + slug + "-international-coordinator");
        String[] person = names.person();
        Node holder = sink.local("id/person/" + slug + "-" + Names.slug(person[0] + " " + person[1]));
        sink.add(unit, Terms.CONTACT_POINT, contact);
        sink.types(contact, sink.lkp("ContactRole"), Terms.POST, Terms.VCARD_INDIVIDUAL, Terms.VCARD_KIND,
                Terms.CONTACT_POINT_TYPE);
        sink.texts(contact, Terms.PREF_LABEL, "Internationell samordnare i " + name, "International coordinator in " + name);
        sink.texts(contact, Terms.VCARD_TITLE, "Internationell samordnare", "International coordinator");
        sink.add(contact, Terms.VCARD_FN, TripleSink.string(person[0] + " " + person[1]));
        String digits = String.format("%08d", random.nextInt(100_000_000));
        sink.add(contact, Terms.VCARD_TELEPHONE, Terms.uri("tel:+4610" + digits));
        sink.add(contact, sink.lkp("telephoneAsWritten"), TripleSink.string("010-" + digits));
        sink.texts(contact, Terms.DESCRIPTION, "Vid frågor om det internationella arbetet.",
                "For questions about the international work.");
        sink.add(contact, Terms.POST_IN, unit);
        sink.add(contact, Terms.HELD_BY, holder);
        sink.add(contact, Terms.DERIVED_FROM, page);

        sink.types(holder, Terms.FOAF_PERSON, Terms.FOAF_AGENT);
        sink.texts(holder, Terms.PREF_LABEL, person[0] + " " + person[1], person[0] + " " + person[1]);
        sink.add(holder, Terms.FOAF_NAME, TripleSink.string(person[0] + " " + person[1]));
        sink.add(holder, Terms.GIVEN_NAME, TripleSink.string(person[0]));
        sink.add(holder, Terms.FAMILY_NAME, TripleSink.string(person[1]));
        sink.add(holder, Terms.HOLDS, contact);
        sink.add(holder, Terms.DERIVED_FROM, page);
    }

    private void writeStrategy(String slug, Node unit, Node page, String name) {
        Node strategy = sink.local("id/strategy/" + slug + "-internationell-strategi");
        sink.types(strategy, sink.lkp("InternationalStrategy"), Terms.PLAN, Terms.PROV_ENTITY);
        sink.texts(strategy, Terms.PREF_LABEL, "Internationell strategi för kultur och fritid i " + name,
                "International strategy for culture and leisure in " + name);
        sink.add(strategy, sink.lkp("strategyOf"), unit);
        sink.add(strategy, Terms.DERIVED_FROM, page);
    }

    /** Twin towns: mostly new towns, some shared with municipalities written before. */
    private List<Node> writeTwinTowns(Node page) {
        int count = 2 + random.nextInt(5);
        Set<Node> twins = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            if (!towns.isEmpty() && random.nextInt(4) == 0) {
                twins.add(towns.any(random));
                continue;
            }
            long number = towns.next();
            String name = names.foreignTown();
            Node town = sink.local("id/town/" + Names.slug(name) + "-" + number);
            Country country = names.pick(Country.ALL.subList(1, Country.ALL.size()));
            sink.types(town, Terms.CITY, Terms.PLACE, Terms.GEO_FEATURE, Terms.LOCATION);
            sink.texts(town, Terms.PREF_LABEL, name, name);
            sink.add(town, Terms.CONTAINED_IN_PLACE, sink.local("id/country/" + country.slug()));
            sink.add(town, sink.lkp("listPosition"), TripleSink.integer(twins.size() + 1L));
            sink.add(town, Terms.SAME_AS, Terms.uri("http://www.wikidata.org/entity/Q" + (UNUSED_WIKIDATA + 100_000_000L + number)));
            sink.add(town, Terms.SAME_AS, Terms.uri("https://sws.geonames.org/" + (UNUSED_GEONAMES + number) + "/"));
            sink.add(town, Terms.SOURCE, shared.wikidata);
            sink.add(town, Terms.SOURCE, shared.geonames);
            Node point = NodeFactory.createBlankNode("point-" + number);
            sink.add(town, Terms.HAS_GEOMETRY, point);
            sink.types(point, Terms.GEO_GEOMETRY, Terms.SF_POINT);
            sink.add(point, Terms.AS_WKT, Terms.point(-10 + random.nextDouble() * 40, 36 + random.nextDouble() * 34));
            sink.add(point, Terms.SOURCE, shared.coordinates);
            sink.add(town, Terms.DERIVED_FROM, page);
            towns.offer(town, random);
            twins.add(town);
        }
        return new ArrayList<>(twins);
    }

    private void writeMemberships(Node municipality, Node page, String name, String slug) {
        int count = 1 + random.nextInt(3);
        Set<Network> joined = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            joined.add(networks.any(random));
        }
        for (Network network : joined) {
            Node membership = sink.local("id/membership/" + slug + "-" + network.slug());
            sink.add(membership, Terms.TYPE, Terms.MEMBERSHIP);
            sink.texts(membership, Terms.PREF_LABEL, name + " kommuns medlemskap i " + network.name(),
                    name + " Municipality's membership of " + network.name());
            sink.add(membership, Terms.MEMBER, municipality);
            sink.add(membership, Terms.MEMBER_ORGANIZATION, network.node());
            sink.add(membership, sink.lkp("memberSince"),
                    TripleSink.year(FIRST_YEAR - 10 + random.nextInt(LAST_YEAR - FIRST_YEAR + 10)));
            sink.add(membership, Terms.DERIVED_FROM, page);
            sink.add(municipality, Terms.HAS_MEMBERSHIP, membership);
        }
    }

    private List<Node> writePartners(Node page, String name) {
        List<Node> own = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            long number = partners.next();
            Node partner = sink.local("id/organization/partner-" + number);
            String partnerName = names.pick(List.of("Kulturföreningen", "Ungdomsrådet", "Biblioteksvännerna",
                    "Konsthallen", "Folkhögskolan", "Musikskolan")) + " i " + name;
            sink.types(partner, Terms.FOAF_ORGANIZATION, Terms.FOAF_AGENT);
            sink.texts(partner, Terms.PREF_LABEL, partnerName, partnerName);
            sink.add(partner, Terms.DERIVED_FROM, page);
            partners.offer(partner, random);
            own.add(partner);
        }
        return own;
    }

    private void writeProjects(String slug, Node unit, Node page, String name, List<Node> twins, List<Node> ownPartners) {
        int count = 3 + random.nextInt(13);
        for (int i = 0; i < count; i++) {
            int start = FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1);
            int end = Math.min(LAST_YEAR, start + random.nextInt(3));
            int p = random.nextInt(shared.programmes.size());
            String[] programme = shared.programmeNames.get(p);
            String[] theme = names.projectTheme();
            Node project = sink.local("id/project/" + slug + "-" + (i + 1) + "-" + start);
            sink.types(project, sink.lkp("InternationalProject"), Terms.FOAF_PROJECT, Terms.SCHEMA_PROJECT);
            sink.add(project, sink.lkp("listPosition"), TripleSink.integer(i + 1L));
            sink.texts(project, Terms.PREF_LABEL, theme[0] + " " + start, theme[1] + " " + start);
            sink.add(project, sink.lkp("labelAsWritten"),
                    NodeFactory.createLiteralLang(programme[0] + " " + theme[0] + " " + start, "sv"));
            sink.texts(project, Terms.DESCRIPTION, theme[0] + " i " + name + ", inom " + programme[0],
                    theme[1] + " in " + name + ", within " + programme[1]);
            sink.add(project, sink.lkp("programme"), shared.programmes.get(p));
            for (int year = start; year <= end; year++) {
                sink.add(project, sink.lkp("ongoingIn"), TripleSink.year(year));
            }
            sink.add(project, sink.lkp("runBy"), unit);
            writeInvolved(project, twins, ownPartners);
            if (random.nextBoolean()) {
                sink.add(project, Terms.SUBJECT, names.pick(shared.themes));
            }
            if (random.nextInt(5) == 0) {
                sink.add(project, Terms.RELATION, networks.any(random).node());
            }
            sink.add(project, Terms.DERIVED_FROM, page);
            if (random.nextInt(4) == 0) {
                writeActivity(slug, i, project, page, theme, start);
            }
        }
    }

    private void writeInvolved(Node project, List<Node> twins, List<Node> ownPartners) {
        int count = random.nextInt(4);
        Set<Node> involved = new LinkedHashSet<>();
        for (int k = 0; k < count; k++) {
            involved.add(switch (random.nextInt(4)) {
                case 0 -> names.pick(twins);
                case 1 -> names.pick(ownPartners);
                case 2 -> partners.any(random);
                default -> names.pick(shared.countries);
            });
        }
        for (Node party : involved) {
            sink.add(project, sink.lkp("involves"), party);
        }
    }

    private void writeActivity(String slug, int i, Node project, Node page, String[] theme, int year) {
        Node activity = sink.local("id/activity/" + slug + "-" + (i + 1) + "-" + year + "-workshop");
        sink.types(activity, sink.lkp("ProjectActivity"), Terms.FOAF_PROJECT);
        sink.texts(activity, Terms.PREF_LABEL, "Verkstad: " + theme[0], "Workshop: " + theme[1]);
        sink.add(activity, sink.lkp("labelAsWritten"), NodeFactory.createLiteralLang("Verkstad - " + theme[0], "sv"));
        sink.add(activity, sink.lkp("activityOf"), project);
        sink.add(activity, Terms.IS_PART_OF, project);
        sink.add(activity, sink.lkp("ongoingIn"), TripleSink.year(year));
        sink.add(activity, Terms.DERIVED_FROM, page);
        sink.add(project, sink.lkp("hasActivity"), activity);
        sink.add(project, Terms.HAS_PART, activity);
    }
}
