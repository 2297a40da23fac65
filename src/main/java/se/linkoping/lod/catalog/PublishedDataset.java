package se.linkoping.lod.catalog;

/**
 * One dataset the catalogue lists: the whole or one subject.
 *
 * @param iri      the dataset's IRI
 * @param dumpStem the first part of its dump files' names ({@code all}, {@code projects}, ...)
 * @param uriSpace the absolute IRI prefix of the things it covers
 */
public record PublishedDataset(String iri, String dumpStem, String uriSpace) {
}
