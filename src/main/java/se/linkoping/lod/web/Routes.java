package se.linkoping.lod.web;

/**
 * A group of SparkJava routes (one page family, one kind of document).
 *
 * <p>{@link #register()} is called once, from {@link WebApp#init()}, when SparkJava's filter starts;
 * only then may it call {@code spark.Spark.*}: any earlier call makes SparkJava start a server of its own.
 */
public interface Routes {

    /** Registers this group's routes with {@code spark.Spark}. */
    void register();
}
