package se.linkoping.lod.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The {@code xsd:dateTime} literals the publisher writes, in UTC. */
public final class DateTimes {

    private DateTimes() {
    }

    /** The instant to the millisecond: the data's own {@code dct:modified} and what repeats it. */
    public static Node exact(Instant instant) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return NodeFactory.createLiteralByValue(new XSDDateTime(calendar));
    }

    /** The instant to the second, as the catalogue and VoID state dates. */
    public static Node seconds(Instant instant) {
        return NodeFactory.createLiteralDT(instant.truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime);
    }
}
