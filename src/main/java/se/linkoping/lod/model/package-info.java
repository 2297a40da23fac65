/**
 * The publisher's vocabulary of its own: the IRIs it mints under the base and the fixed namespace of its
 * ontology and shapes, the table of prefixes, the table of media types,
 * the properties that name things and the date literals it writes; uses no other package of ours.
 */
package se.linkoping.lod.model;
