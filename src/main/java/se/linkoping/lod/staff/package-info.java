/**
 * The staff's editor in the browser, at {@code /staff/}: sign-in with a session cookie and CSRF tokens,
 * forms generated from the SHACL shapes, history in words and revert; every change goes through the
 * admin layer's staff writes.
 */
package se.linkoping.lod.staff;
