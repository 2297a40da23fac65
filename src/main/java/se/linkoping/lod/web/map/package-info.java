/**
 * The map of the towns and partners: the page {@code /map} (a list of the places with their
 * coordinates, drawn on a map by the vendored Leaflet when scripts run) and {@code /map.geojson}.
 */
package se.linkoping.lod.web.map;
