/**
 * The publisher's vocabulary of its own: the IRIs it mints under the base, the table of media types,
 * the properties that name things and the date literals it writes; uses no other package of ours.
 */
package se.linkoping.lod.model;
