/**
 * The history of the data: the difference between the graph served before and after a load, and each
 * changed resource's description after each change (its versions), kept in a database of its own beside
 * the change log, from which the change feed and time travel read; knows nothing of HTTP.
 */
package se.linkoping.lod.history;
