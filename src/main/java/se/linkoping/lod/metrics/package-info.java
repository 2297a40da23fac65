/** What an operator measures: Prometheus metrics of requests, queries, loads and the data version. */
package se.linkoping.lod.metrics;
