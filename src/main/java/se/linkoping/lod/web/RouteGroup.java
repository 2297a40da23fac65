package se.linkoping.lod.web;

/**
 * A group of SparkJava routes (one page family, one kind of document, one endpoint).
 *
 * <p>{@link #register(Site)} is called once, from {@link WebApp#init()}, when SparkJava's filter starts,
 * with the site's shared objects; only then may it call {@code spark.Spark.*}: any earlier call makes
 * SparkJava start a server of its own.
 */
public interface RouteGroup {

    /** Registers this group's routes with {@code spark.Spark}, mounted under {@code site.basePath()}. */
    void register(Site site);
}
