/**
 * The HTTP toolkit every route group uses: GET and HEAD registration, content negotiation, conditional
 * GET and the one way errors are answered.
 */
package se.linkoping.lod.web.http;
