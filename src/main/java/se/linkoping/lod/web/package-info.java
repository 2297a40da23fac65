/**
 * The linked-data site: the shared site context, the page registry, the templates and the route groups
 * of the pages and documents.
 */
package se.linkoping.lod.web;
