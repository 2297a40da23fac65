/**
 * The descriptions of the data for portals and machines: the DCAT-AP-SE catalogue, VoID, the sitemap
 * and the dumps written per data version; knows nothing of HTTP.
 */
package se.linkoping.lod.catalog;
