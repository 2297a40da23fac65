/**
 * The one HTTP server (Fuseki and the web app on one port, with CORS and the request guard) and the
 * composition root that builds the site's shared objects and route groups once.
 */
package se.linkoping.lod.server;
