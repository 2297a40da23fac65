/**
 * Made-up data in the model at any size, for the benchmarks.
 */
package se.linkoping.lod.generate;
