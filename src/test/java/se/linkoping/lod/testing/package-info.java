/**
 * What the tests share: the published site running on a real server over a real store, as a JUnit 5
 * extension.
 */
package se.linkoping.lod.testing;
