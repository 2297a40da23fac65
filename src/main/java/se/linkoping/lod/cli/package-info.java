/**
 * The command line (serve, load, validate, export, generate): flags and environment variables turned
 * into calls of the other packages.
 */
package se.linkoping.lod.cli;
