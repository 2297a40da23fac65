/**
 * Pure functions from query results to the records the templates show, with the page's language and
 * links; no HTTP.
 */
package se.linkoping.lod.web.view;
